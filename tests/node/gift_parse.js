// Reads GIFT on stdin, prints gift-pegjs's parse as JSON (or {"error": ...} and exit 1).
const gift = require("gift-pegjs");
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(gift.parse(input)));
  } catch (err) {
    process.stdout.write(JSON.stringify({ error: String(err.message), location: err.location || null }));
    process.exitCode = 1;
  }
});
