// Reads CSV on stdin, prints papaparse's rows as JSON: {data, errors, delimiter}.
// No delimiter is given: papaparse guesses it, as a web app importing the file would.
const Papa = require("papaparse");
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const result = Papa.parse(input, { header: false, skipEmptyLines: false });
  process.stdout.write(JSON.stringify({ data: result.data, errors: result.errors, delimiter: result.meta.delimiter }));
});
