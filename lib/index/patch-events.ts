// Events and stories in an incremental apply (dexie-patch.ts), kept as toIndex keeps them: an event's members are
// ordinals of articles that are there, and an event with none leaves; a story names only events that are there, and
// a story with none leaves.
import type { Buckets } from './dexie-rows-patch.js';
import type { EventRecord, IndexHeader, StoryRecord } from './format.js';
import type { PatchOp } from './source-share.js';

type EventOp = Extract<PatchOp, { op: 'put'; k: 'e' }>;
type StoryOp = Extract<PatchOp, { op: 'put'; k: 's' }>;

export class EventPatch {
  constructor(
    readonly events: Buckets<string>,
    readonly stories: Buckets<string>,
    private readonly counts: IndexHeader['counts'],
  ) {}

  /** An event as sent (members by id, mapped by `ordinal`), its ids prefixed by `id`. */
  async put(op: EventOp, id: (x: string) => string, ordinal: (x: string) => number | undefined): Promise<void> {
    const { op: _, ...e } = op;
    const members = e.members
      .map(ordinal)
      .filter((n): n is number => n !== undefined)
      .sort((x, y) => x - y);
    const key = id(e.id);
    if (!members.length) await this.drop(key);
    else if (await this.events.set(key, JSON.stringify({ ...e, id: key, story: id(e.story), members }))) this.counts.events++;
  }

  /** A story as sent, once the delta's events are in. */
  async putStory(op: StoryOp, id: (x: string) => string): Promise<void> {
    const { op: _, ...st } = op;
    const events: string[] = [];
    for (const e of st.events) if (await this.events.get(id(e))) events.push(id(e));
    const key = id(st.id);
    if (!events.length) await this.dropStory(key);
    else if (await this.stories.set(key, JSON.stringify({ ...st, id: key, events }))) this.counts.stories++;
  }

  async dropStory(key: string): Promise<void> {
    if (await this.stories.delete(key)) this.counts.stories--;
  }

  /** A deleted article leaves its event's members. */
  async dropMember(eventId: string, n: number): Promise<void> {
    const json = await this.events.get(eventId);
    if (!json) return;
    const e = JSON.parse(json) as EventRecord;
    e.members = e.members.filter((m) => m !== n);
    if (e.members.length) await this.events.set(eventId, JSON.stringify(e));
    else await this.drop(eventId);
  }

  /** An event leaves, and its story with its last event. */
  async drop(eventId: string): Promise<void> {
    const json = await this.events.get(eventId);
    if (!json) return;
    await this.events.delete(eventId);
    this.counts.events--;
    const { story } = JSON.parse(json) as EventRecord;
    const sj = await this.stories.get(story);
    if (!sj) return;
    const s = JSON.parse(sj) as StoryRecord;
    s.events = s.events.filter((x) => x !== eventId);
    if (s.events.length) await this.stories.set(story, JSON.stringify(s));
    else await this.dropStory(story);
  }
}
