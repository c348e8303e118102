// Offline Prisma schema engine (WASM, from npm) driven through a driver adapter.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let ready;
async function loadWasm() {   // Node 20 can't `import x.wasm`; instantiate by hand
  if (!ready) {
    const dir = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/schema_engine_bg\.js$/, "");
    const mod = await WebAssembly.compile(readFileSync(dir + "schema_engine_bg.wasm"));
    const inst = await WebAssembly.instantiate(mod, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(inst.exports);
    inst.exports.__wbindgen_start?.();
    ready = true;
  }
  return glue;
}
export async function openEngine({ schemaPath, adapterFactory, log = () => {} }) {
  const { SchemaEngine } = await loadWasm();
  const datamodels = [[schemaPath, readFileSync(schemaPath, "utf8")]];
  return SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
