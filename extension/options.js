// The options page: default summary length, which sections show, the panel's side, its theme,
// its width, and the way to the browser's shortcut settings. Every change is saved at once to
// `storage` under "settings"; an open panel follows through `storage.onChanged`.
const ext = globalThis.browser ?? globalThis.chrome;
// The panel's own defaults and names, so that both agree (loaded without opening a panel).
globalThis.__ledeEmbedded = true;
await import("./panel.js");
const { DEFAULT_SETTINGS, LENGTHS, SECTIONS, mergeSettings } = globalThis.__lede;

const store = ext.storage.sync ?? ext.storage.local;
const form = document.getElementById("options");
const status = document.getElementById("status");
let settings = mergeSettings((await store.get("settings")).settings);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

document.getElementById("length-choices").append(
  ...LENGTHS.map(({ label, n }) => el("label", {}, el("input", { type: "radio", name: "length", value: String(n) }), ` ${label} (${n} sentences)`)),
);
document.getElementById("sections").append(
  ...SECTIONS.map(([key, label]) => el("label", {}, el("input", { type: "checkbox", name: "section", value: key }), ` ${label}`)),
);
const count = document.getElementById("length-count");

function show() {
  for (const r of form.querySelectorAll('input[name="length"]')) r.checked = +r.value === settings.length;
  count.value = String(settings.length);
  for (const c of form.querySelectorAll('input[name="section"]')) c.checked = settings.sections[c.value] !== false;
  for (const r of form.querySelectorAll('input[name="side"]')) r.checked = r.value === settings.side;
  for (const r of form.querySelectorAll('input[name="theme"]')) r.checked = r.value === settings.theme;
}

/** Writes of this page still on their way: until they land, a change the storage reports is
 * one of them, older than what the page holds (clicks in quick succession must not undo each
 * other: the report of the first would otherwise wipe the second from `settings`). */
let writing = 0;

async function save(changes) {
  settings = mergeSettings({ ...settings, ...changes });
  writing++;
  try {
    await store.set({ settings });
  } finally {
    writing--;
  }
  show();
  status.textContent = "Saved.";
  clearTimeout(save.timer);
  save.timer = setTimeout(() => (status.textContent = ""), 2000);
}

form.addEventListener("change", (e) => {
  const t = e.target;
  if (t.name === "length") save({ length: +t.value });
  else if (t.id === "length-count") save({ length: parseInt(t.value, 10) || DEFAULT_SETTINGS.length });
  else if (t.name === "section") save({ sections: { ...settings.sections, [t.value]: t.checked } });
  else if (t.name === "side") save({ side: t.value });
  else if (t.name === "theme") save({ theme: t.value });
});
form.addEventListener("submit", (e) => e.preventDefault());
document.getElementById("reset-width").addEventListener("click", () => save({ width: null }));

// The shortcut as the browser has it, and the way to change it.
const shortcut = (await ext.commands.getAll()).find((c) => c.name === "_execute_action")?.shortcut;
document.getElementById("shortcut").textContent = shortcut || "not set";
const help = document.getElementById("shortcuts-help");
document.getElementById("shortcuts").addEventListener("click", async () => {
  if (ext.commands.openShortcutSettings) {
    await ext.commands.openShortcutSettings(); // Firefox
  } else if (/Firefox/.test(navigator.userAgent)) {
    help.textContent = "In Firefox: Add-ons and themes → the gear menu → Manage Extension Shortcuts.";
  } else {
    await ext.tabs.create({ url: "chrome://extensions/shortcuts" });
  }
});

ext.storage.onChanged.addListener((changes) => {
  // Another window's change (another options page, the panel's width) is taken as it comes.
  if (changes.settings && writing === 0) {
    settings = mergeSettings(changes.settings.newValue);
    show();
  }
});
show();
document.documentElement.dataset.ready = "true";
