// A tiny stance model for tests: a hand-written set of two stories and bodies that confirm, deny or report them.
import { trainStanceModel, type TrainingSet } from '../../../lib/stance/train-model.js';

// A tiny hand-written set: two stories, bodies that confirm, deny or report them.
export const bodies = new Map([
  ['1', 'The city council confirmed the bridge will close on Monday for repairs. Officials announced the closure.'],
  ['2', 'Officials denied reports that the bridge will close. The claim is false, the council said; it is a hoax.'],
  ['3', 'Reports claim the bridge may close, but it is unclear whether the council will vote on it.'],
  ['4', 'The zoo welcomed a baby giraffe born on Sunday. Keepers said mother and calf are healthy.'],
]);
export const set: TrainingSet = {
  bodies,
  pairs: [
    { headline: 'Bridge to close on Monday', bodyId: '1', label: 'agree' },
    { headline: 'Bridge to close on Monday', bodyId: '2', label: 'disagree' },
    { headline: 'Bridge to close on Monday', bodyId: '3', label: 'discuss' },
    { headline: 'Bridge to close on Monday', bodyId: '4', label: 'unrelated' },
    { headline: 'Baby giraffe born at zoo', bodyId: '4', label: 'agree' },
    { headline: 'Baby giraffe born at zoo', bodyId: '1', label: 'unrelated' },
  ],
};
export const config = {
  hashSize: 1 << 10,
  idfSize: 1 << 10,
  classWeightPower: 0,
  disagreeOffset: 0,
  relate: { hidden: [], epochs: 30, learningRate: 0.3, l2: 0, batchSize: 2, seed: 1 },
  stance: { hidden: [], epochs: 30, learningRate: 0.3, l2: 0, batchSize: 2, seed: 2 },
};
export const tinyModel = () => trainStanceModel(set, config, 'test-hash');
