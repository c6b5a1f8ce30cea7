//! Helpers shared by the whole-page and evaluation tests.
pub mod eval;
