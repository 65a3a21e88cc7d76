// The studio's verdicts check off the page's thread (crates/verdicts, src/studio/verdicts.rs):
// a module worker that loads the check's WebAssembly once and answers each call it is sent,
// in order. Its files carry the release's version, as this script's own address does.
const version = new URL(import.meta.url).search;
const ready = import(`./calmline_verdicts.js${version}`).then(async (glue) => {
  await glue.default({ module_or_path: new URL(`./calmline_verdicts_bg.wasm${version}`, import.meta.url) });
  return glue;
});

self.onmessage = async (event) => {
  const { rev, name, text } = event.data;
  try {
    const glue = await ready;
    self.postMessage({ rev, json: glue.verdicts(name, text) });
  } catch (error) {
    self.postMessage({ rev, error: String(error) });
  }
};
