//! Print the parsed tree of a page, indented: `cargo run --example dump -- FILE`.
use lede::extract::dom::{parse, NodeData};

fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let html = lede::decode::decode(&std::fs::read(path).expect("readable file"));
    let dom = parse(&html);
    for id in 0..dom.nodes.len() as u32 {
        let mut depth = 0;
        let mut p = dom.nodes[id as usize].parent;
        while p != u32::MAX {
            depth += 1;
            p = dom.nodes[p as usize].parent;
        }
        let pad = "  ".repeat(depth);
        match &dom.nodes[id as usize].data {
            NodeData::Element(e) => println!(
                "{pad}<{}{}>",
                e.tag,
                e.attr("class")
                    .map(|c| format!(" .{c}"))
                    .unwrap_or_default()
            ),
            NodeData::Text(t) if !t.trim().is_empty() => {
                println!("{pad}{:?}", t.trim().chars().take(60).collect::<String>())
            }
            _ => {}
        }
    }
}
