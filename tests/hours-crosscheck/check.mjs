// Evaluates opening hours with the reference JavaScript implementation (npm `opening_hours`),
// for the cross-check in tests/integration/hours.rs.
//
// stdin:  [{"hours": "Mo-Fr 09:00-12:00", "instants": ["2026-03-29T02:30", …]}, …]
// stdout: [["open" | "closed" | "unknown", …] | {"error": "…"}, …], one entry per input entry.
//
// Instants are Paris wall-clock times, evaluated with French public holidays (Manche, Normandie).
// Run with TZ=Europe/Paris: `new Date(y, m, d, h, mi)` must be a Paris local time.
//   TZ=Europe/Paris node check.mjs < input.json

import opening_hours from "opening_hours";

function fail(message) {
  process.stderr.write(`check.mjs: ${message}\n`);
  process.exit(2);
}

// The whole point is Paris local time: refuse to run in another zone rather than answer wrongly.
const winter = new Date(2026, 0, 15, 12, 0).getTimezoneOffset();
const summer = new Date(2026, 6, 15, 12, 0).getTimezoneOffset();
if (winter !== -60 || summer !== -120) {
  fail(`the time zone must be Europe/Paris (run with TZ=Europe/Paris); offsets are ${winter} and ${summer}`);
}

// What Nominatim would say about the Manche (Saint-Lô): France, region Normandie.
const nominatim = {
  lat: 49.1128,
  lon: -1.0724,
  address: { country_code: "fr", state: "Normandie" },
};
const options = { tag_key: "opening_hours", locale: "en" };

function instant(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!m) fail(`bad instant ${JSON.stringify(text)} (expected YYYY-MM-DDTHH:MM)`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const date = new Date(y, mo - 1, d, h, mi);
  // A wall-clock time skipped by the change to summer time does not exist: say so.
  const exists =
    date.getFullYear() === y &&
    date.getMonth() === mo - 1 &&
    date.getDate() === d &&
    date.getHours() === h &&
    date.getMinutes() === mi;
  return exists ? date : null;
}

function state(oh, date) {
  if (date === null) return "nonexistent";
  if (oh.getUnknown(date)) return "unknown";
  return oh.getState(date) ? "open" : "closed";
}

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;

let cases;
try {
  cases = JSON.parse(input);
} catch (e) {
  fail(`stdin is not JSON: ${e.message}`);
}
if (!Array.isArray(cases)) fail("stdin must be a JSON array");

const out = cases.map(({ hours, instants }) => {
  let oh;
  try {
    oh = new opening_hours(hours, nominatim, options);
  } catch (e) {
    return { error: String(e) };
  }
  return instants.map((t) => state(oh, instant(t)));
});
process.stdout.write(JSON.stringify(out));
process.stdout.write("\n");
