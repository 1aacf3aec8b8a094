// Must NOT compile: the test checks that tsc rejects it (so the declarations are not `any`).
import { Finder } from './dist/maillage_core.js';

export function wrong(finder: Finder): number {
  const answer = finder.nearest(48.83, -1.5575, { categories: ['refuge'] }, Date.now());
  return answer!.places[0].service.length;
}
