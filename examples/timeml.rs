//! Show Lede's time expressions beside the gold ones for one TimeML file:
//! `cargo run --example timeml -- FILE.tml`.
#[path = "../tests/common/eval.rs"]
mod eval;

fn main() {
    let path = std::env::args().nth(1).expect("usage: timeml FILE.tml");
    let (dct, text, gold) =
        eval::read_timeml(&std::fs::read_to_string(path).expect("a file")).expect("TimeML");
    let chars: Vec<char> = text.chars().collect();
    let span = |a: usize, b: usize| {
        chars[a.min(chars.len())..b.min(chars.len())]
            .iter()
            .collect::<String>()
    };
    let options = lede::Options {
        raw: true,
        reference_date: Some(dct.clone()),
        ..Default::default()
    };
    let a = lede::analyze(&text, &options).expect("an analysis");
    println!(
        "DCT {dct}; text {} chars, Lede text {} chars",
        chars.len(),
        a.text.chars().count()
    );
    for (s, e, v) in &gold {
        println!(
            "gold {s:>5}-{e:<5} {:<30} {v}",
            format!("{:?}", span(*s, *e))
        );
    }
    for d in &a.dates {
        println!(
            "lede {:>5}-{:<5} {:<30} {}",
            d.start,
            d.end,
            format!("{:?}", d.text),
            d.value
        );
    }
}
