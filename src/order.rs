//! Orders things by a number, with one sort compiled for the whole crate.
//!
//! Each `sort_by` over a new element type or a new closure compiles its own copy of the standard
//! library's sort into the wasm (5 to 8 KB each). The stages that rank things (actors by
//! salience, sentences by score, mentions by place) instead ask here for the order of their
//! indices by a `u64` key: one sort of `(key, index)` pairs serves them all, and ties keep the
//! indices' order, as a stable sort would.

/// The indices `0..n` in ascending order of `key`; equal keys in index order.
pub fn by_key(n: usize, key: impl Fn(usize) -> u64) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize)> = (0..n).map(|i| (key(i), i)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// A key that orders numbers from the greatest down (NaN after every number).
pub fn descending(x: f64) -> u64 {
    if x.is_nan() {
        return u64::MAX;
    }
    !ascending(x)
}

/// A key that orders numbers from the least up: the bits of an `f64`, turned so that they
/// compare as the numbers do (-0.0 and 0.0 apart, which no ranking here tells from equal).
fn ascending(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_key_and_keeps_ties_in_index_order() {
        let scores = [0.5, 2.0, -1.0, 2.0, 0.0, -0.5];
        assert_eq!(
            by_key(scores.len(), |i| descending(scores[i])),
            [1, 3, 0, 4, 5, 2]
        );
        let lengths = [3u64, 1, 3, 2];
        assert_eq!(by_key(4, |i| lengths[i]), [1, 3, 0, 2]);
        assert_eq!(by_key(0, |i| i as u64), Vec::<usize>::new());
    }
}
