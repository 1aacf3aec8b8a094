// A small TypeScript consumer of the typed JS API: `tsc --noEmit` must accept it (a test in
// bindings.test.mjs compiles it against the declarations `cargo xtask dist` writes), so a
// change of an answer's shape that the declarations do not follow fails the build.
import init, { Answer, Finder, Query, nearestRow } from './dist/maillage_core.js';
import type {
  NearestAnswer, Nearby, Reason, ServiceRecord, StepReason, SuggestedStep, TerritoryRecord,
} from './dist/maillage_core.js';

function word(r: Reason): string {
  switch (r.code) {
    case 'category': return `help: ${r.category}`;
    case 'language': return `speaks ${r.language}`;
    case 'serves-country': return 'for all of France';
    case 'serves-territory': return `serves ${r.name} (${r.territory})`;
    case 'national-line': return 'national line';
    case 'step-line': return 'national line for this step';
    case 'written': return 'in writing';
  }
}

function why(r: StepReason): string {
  switch (r.code) {
    case 'for-everyone': return 'useful to everyone';
    case 'answer': return `${r.question} = ${r.answer}`;
    case 'urgent': return `first: ${r.question} = ${r.answer}`;
    case 'written-first': return 'written first';
  }
}

export async function demo(bytes: Uint8Array): Promise<string[]> {
  const wasm = await init();
  const finder = new Finder(bytes);
  const services: ServiceRecord[] = finder.services('public');
  const territories: TerritoryRecord[] = finder.territories();
  const lines: string[] = [];
  const here = finder.locate(49.1128, -1.0724);
  if (here) lines.push(territories[here.territories[0]].name);
  const answer: NearestAnswer | null = finder.nearest(48.83, -1.5575, { categories: ['ecoute'], limit: 5 }, Date.now());
  for (const n of answer?.places ?? []) {
    const s: ServiceRecord = services[n.service];
    const km: number | null = n.distance_m === null ? null : n.distance_m / 1000;
    lines.push(`${s.name} ${km ?? ''} ${n.opening.state} ${n.reasons.map(word).join('; ')}`);
  }
  const path = finder.pathway(48.8375, -1.597, { role: 'relative', answers: { children: true } }, Date.now());
  const steps: SuggestedStep[] = path?.steps ?? [];
  for (const step of steps) {
    const first: Nearby | undefined = step.national[0];
    lines.push(`${step.title.en}: ${step.why.map(why).join(', ')} ${first ? services[first.service].id : ''}`);
  }
  for (const p of finder.places('st lo', 3)) lines.push(`${p.name} ${p.match}`);
  // The hot path: filters read once, one Float64Array per answer.
  const query = new Query({ categories: ['ecoute'], limit: 5, places_only: true });
  const rows: Float64Array | undefined = finder.nearestPacked(48.83, -1.5575, query, Date.now());
  for (let i = 0; rows && i < rows.length; i += nearestRow()) lines.push(`${services[rows[i]].id} ${rows[i + 1]} m`);
  const packedHere: Float64Array | undefined = finder.locatePacked(49.1128, -1.0724);
  if (packedHere) lines.push(territories[packedHere[1]].name);
  // The same numbers read in place, in the module's memory.
  const buffer = new Answer();
  const count: number = finder.nearestInto(48.83, -1.5575, query, Date.now(), buffer);
  const inPlace = new Float64Array(wasm.memory.buffer, buffer.offset, Math.max(count, 0));
  if (count > 0) lines.push(`${services[inPlace[0]].id} ${inPlace[1]} m`);
  buffer.free();
  query.free();
  const routes = finder.routes('epci:200042604');
  lines.push(`${routes.steps.length} steps, ${finder.metadata().questions.length} questions`);
  return lines;
}
