import type { HelpTopic, SubRegion, WorkLanguage } from "@/db/schema/enums";
import {
  coveragePoints,
  experiencePoints,
  freePlaces,
  type OfferSide,
  offerPoints,
  type RequestSide,
  regionPoints,
} from "../score";

/** Numbers the distinct values it is shown, from 0 in order of first sight. */
function numbering<T>() {
  const numbers = new Map<T, number>();
  const of = (value: T) => {
    const known = numbers.get(value);
    if (known !== undefined) return known;
    numbers.set(value, numbers.size);
    return numbers.size - 1;
  };
  return { of, values: () => [...numbers.keys()] };
}

/** A set of values as bits of one 32-bit integer, so at most 31 distinct values. */
function bitsOf<T>(values: readonly T[], number: (value: T) => number): number {
  let mask = 0;
  for (const value of values) {
    const bit = number(value);
    if (bit > 30) throw new Error("network matching: more than 31 distinct topics or languages");
    mask |= 1 << bit;
  }
  return mask;
}

/**
 * The scoring rule of `score.ts` for every pair of `requests` × `offers`, by index into the
 * two lists, over numbers instead of strings: network matching scores millions of pairs,
 * and comparing initiative ids, searching lists of topics and languages and reading
 * experience by key were most of building its graph. Each side is encoded once (bit sets,
 * indices, the offer's own points); the rule and its rounding stay in `score.ts`, whose
 * terms this calls, and a test holds `score` equal to `scoreOnly` on every pair of
 * generated networks. Topics, languages and regions are numbered as they appear, so any
 * value the data holds scores as the rule scores it.
 */
export function pairScorer(requests: readonly RequestSide[], offers: readonly OfferSide[]) {
  const initiative = numbering<string>();
  const topic = numbering<HelpTopic>();
  const language = numbering<WorkLanguage>();
  const region = numbering<SubRegion>();

  const open = (o: OfferSide) => freePlaces(o) > 0;
  const offerInitiative = Int32Array.from(offers, (o) => initiative.of(o.initiativeId));
  const offerOpen = Uint8Array.from(offers, (o) => (open(o) ? 1 : 0));
  const offerLanguages = Int32Array.from(offers, (o) => bitsOf(o.languages, language.of));
  const offerTopics = Int32Array.from(offers, (o) => bitsOf(o.topics, topic.of));
  const offerRegion = Int32Array.from(offers, (o) => region.of(o.subRegion));
  const offerOwn = Float64Array.from(offers, (o) => (open(o) ? offerPoints(o) : 0));

  const requestInitiative = Int32Array.from(requests, (r) => initiative.of(r.initiativeId));
  const requestLanguages = Int32Array.from(requests, (r) => bitsOf(r.languages, language.of));
  const requestTopics = Int32Array.from(requests, (r) => bitsOf(r.topics, topic.of));
  const requestRegion = Int32Array.from(requests, (r) => region.of(r.subRegion));
  // Each request's topics in its own order (repeats included), so that experience adds up
  // as the rule adds it.
  const topicStart = new Int32Array(requests.length + 1);
  requests.forEach((r, i) => {
    topicStart[i + 1] = (topicStart[i] as number) + r.topics.length;
  });
  const requestTopic = Int32Array.from(requests.flatMap((r) => r.topics.map(topic.of)));

  const topics = topic.values();
  const T = topics.length;
  const experience = new Float64Array(offers.length * T);
  offers.forEach((o, i) => {
    topics.forEach((name, t) => {
      experience[i * T + t] = o.experience[name] ?? 0;
    });
  });
  const regions = region.values();
  const G = regions.length;
  // Points for every pair of regions seen, the request's first.
  const regionTable = Int32Array.from({ length: G * G }, (_, i) =>
    regionPoints(regions[Math.floor(i / G)] as SubRegion, regions[i % G] as SubRegion),
  );

  return {
    /** Whether the offer offers any topic the request asks for. */
    sharesTopic: (r: number, o: number) =>
      ((offerTopics[o] as number) & (requestTopics[r] as number)) !== 0,
    /** The pair's score, or null when a hard filter rules it out: `scoreOnly`'s answer. */
    score: (r: number, o: number): number | null => {
      if (offerInitiative[o] === requestInitiative[r] || offerOpen[o] === 0) return null;
      if (((offerLanguages[o] as number) & (requestLanguages[r] as number)) === 0) return null;
      const offered = offerTopics[o] as number;
      const from = topicStart[r] as number;
      const to = topicStart[r + 1] as number;
      let covered = 0;
      let walked = 0;
      for (let k = from; k < to; k++) {
        const t = requestTopic[k] as number;
        if ((offered & (1 << t)) === 0) continue;
        covered++;
        walked += experience[o * T + t] as number;
      }
      if (covered === 0) return null;
      return (
        coveragePoints(covered, to - from) +
        (regionTable[(requestRegion[r] as number) * G + (offerRegion[o] as number)] as number) +
        experiencePoints(walked, covered) +
        (offerOwn[o] as number)
      );
    },
  };
}
