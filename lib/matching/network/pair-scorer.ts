import {
  HELP_TOPICS,
  type HelpTopic,
  SUB_REGIONS,
  type SubRegion,
  WORK_LANGUAGES,
} from "@/db/schema/enums";
import {
  coveragePoints,
  experiencePoints,
  type OfferSide,
  offerPoints,
  type RequestSide,
  regionPoints,
} from "../score";

const TOPIC_BIT = new Map(HELP_TOPICS.map((topic, i) => [topic, i]));
const LANGUAGE_BIT = new Map(WORK_LANGUAGES.map((language, i) => [language, i]));
const REGION = new Map(SUB_REGIONS.map((region, i) => [region, i]));
const TOPICS = HELP_TOPICS.length;
const REGIONS = SUB_REGIONS.length;

/** Points for every pair of sub-regions, request's first. */
const REGION_POINTS = Int32Array.from({ length: REGIONS * REGIONS }, (_, i) =>
  regionPoints(
    SUB_REGIONS[Math.floor(i / REGIONS)] as SubRegion,
    SUB_REGIONS[i % REGIONS] as SubRegion,
  ),
);

/** A set of help topics as bits, one per topic. */
export function topicBits(topics: readonly HelpTopic[]): number {
  return bits(topics, TOPIC_BIT);
}

function bits<T>(values: readonly T[], bit: ReadonlyMap<T, number>): number {
  let mask = 0;
  for (const value of values) mask |= 1 << (bit.get(value) as number);
  return mask;
}

/**
 * `scoreOnly` for every pair of `requests` × `offers`, by index into the two lists, over
 * numbers instead of strings: network matching scores millions of pairs, and comparing
 * initiative ids, searching lists of topics and languages and reading experience by key
 * were most of building its graph. Each side is encoded once (bit sets, indices, the
 * offer's own points); the rule and its rounding stay in `score.ts`, whose terms this
 * calls, and a test holds the two equal on every pair of a generated network.
 */
export function pairScorer(requests: readonly RequestSide[], offers: readonly OfferSide[]) {
  const initiatives = new Map<string, number>();
  const initiative = (id: string) => {
    const known = initiatives.get(id);
    if (known !== undefined) return known;
    initiatives.set(id, initiatives.size);
    return initiatives.size - 1;
  };

  const offerInitiative = Int32Array.from(offers, (o) => initiative(o.initiativeId));
  const open = (o: OfferSide) => o.capacity - o.active > 0;
  const offerOpen = Uint8Array.from(offers, (o) => (open(o) ? 1 : 0));
  const offerLanguages = Int32Array.from(offers, (o) => bits(o.languages, LANGUAGE_BIT));
  const offerTopics = Int32Array.from(offers, (o) => topicBits(o.topics));
  const offerRegion = Int32Array.from(offers, (o) => REGION.get(o.subRegion) as number);
  const offerOwn = Int32Array.from(offers, (o) => (open(o) ? offerPoints(o) : 0));
  const experience = new Float64Array(offers.length * TOPICS);
  offers.forEach((o, i) => {
    HELP_TOPICS.forEach((topic, t) => {
      experience[i * TOPICS + t] = o.experience[topic] ?? 0;
    });
  });

  const requestInitiative = Int32Array.from(requests, (r) => initiative(r.initiativeId));
  const requestLanguages = Int32Array.from(requests, (r) => bits(r.languages, LANGUAGE_BIT));
  const requestRegion = Int32Array.from(
    requests,
    (r) => (REGION.get(r.subRegion) as number) * REGIONS,
  );
  // Each request's topics in its own order, so that experience adds up as the rule adds it.
  const topicStart = new Int32Array(requests.length + 1);
  requests.forEach((r, i) => {
    topicStart[i + 1] = (topicStart[i] as number) + r.topics.length;
  });
  const requestTopic = Int32Array.from(
    requests.flatMap((r) => r.topics.map((t) => TOPIC_BIT.get(t) as number)),
  );

  return (r: number, o: number): number | null => {
    if (offerInitiative[o] === requestInitiative[r] || offerOpen[o] === 0) return null;
    if (((offerLanguages[o] as number) & (requestLanguages[r] as number)) === 0) return null;
    const topics = offerTopics[o] as number;
    const from = topicStart[r] as number;
    const to = topicStart[r + 1] as number;
    let covered = 0;
    let walked = 0;
    for (let k = from; k < to; k++) {
      const t = requestTopic[k] as number;
      if ((topics & (1 << t)) === 0) continue;
      covered++;
      walked += experience[o * TOPICS + t] as number;
    }
    if (covered === 0) return null;
    return (
      coveragePoints(covered, to - from) +
      (REGION_POINTS[(requestRegion[r] as number) + (offerRegion[o] as number)] as number) +
      experiencePoints(walked, covered) +
      (offerOwn[o] as number)
    );
  };
}
