import type {
  Gender,
  HelpTopic,
  InitiativeKind,
  Stage,
  StakeholderGroup,
  SubRegion,
  WorkLanguage,
} from "../schema/enums";

type MeetingFormat = "in_person" | "hybrid" | "online";

type DemoInitiative = {
  name: string;
  acronym?: string;
  kind: InitiativeKind;
  countries: string[];
  subRegion: SubRegion;
  languages: WorkLanguage[];
  yearEstablished?: number;
  stage: Stage;
  verified: boolean;
  lead: string;
  description: string;
  fundingSources?: string[];
};

// Public facts only, approximate where the design notes say so; people are fictional.
export const DEMO_INITIATIVES: DemoInitiative[] = [
  {
    name: "Foro de Gobernanza de Internet de América Latina y el Caribe",
    acronym: "LACIGF",
    kind: "regional",
    countries: ["AR", "BB", "BR", "CL", "CO", "CR", "MX", "PA", "PY", "UY"],
    subRegion: "latin_america_caribbean",
    languages: ["es", "en", "pt"],
    yearEstablished: 2008,
    stage: "established",
    verified: true,
    lead: "lead.lacigf@demo.padrinazgo.org",
    description:
      "Foro regional que se reúne cada año desde 2008. Lo organiza un comité multisectorial (CMPI).",
  },
  {
    name: "Fórum da Internet no Brasil",
    kind: "national",
    countries: ["BR"],
    subRegion: "south_america",
    languages: ["pt"],
    yearEstablished: 2011,
    stage: "established",
    verified: true,
    lead: "lead.brasil@demo.padrinazgo.org",
    description: "Encontro anual desde 2011, convocado pelo CGI.br.",
  },
  {
    name: "Mesa Colombiana de Gobernanza de Internet",
    kind: "national",
    countries: ["CO"],
    subRegion: "south_america",
    languages: ["es"],
    yearEstablished: 2013,
    stage: "established",
    verified: true,
    lead: "lead.colombia@demo.padrinazgo.org",
    description:
      "Activa desde alrededor de 2013, sigue las guías del IGF: una declaración, un diálogo abierto y no vinculante, un plan de acción.",
  },
  {
    name: "Grupo Iniciativa de Gobernanza de Internet",
    kind: "national",
    countries: ["MX"],
    subRegion: "north_america",
    languages: ["es"],
    stage: "established",
    verified: true,
    lead: "lead.mexico@demo.padrinazgo.org",
    description:
      "Personas de todos los sectores que participan a título personal, sin vínculo institucional. México fue sede del LACIGF y del IGF global (Guadalajara, 2016).",
  },
  {
    name: "IGF Argentina",
    kind: "national",
    countries: ["AR"],
    subRegion: "south_america",
    languages: ["es"],
    yearEstablished: 2016,
    stage: "established",
    verified: true,
    lead: "lead.argentina@demo.padrinazgo.org",
    description:
      "Primer IGF nacional en octubre de 2016, financiado por organizaciones regionales; el gobierno no integró el grupo organizador al principio, para mantener la agenda independiente.",
    fundingSources: ["Organizaciones regionales"],
  },
  {
    name: "IGF Uruguay",
    kind: "national",
    countries: ["UY"],
    subRegion: "south_america",
    languages: ["es"],
    yearEstablished: 2016,
    stage: "established",
    verified: true,
    lead: "lead.uruguay@demo.padrinazgo.org",
    description: "Primer IGF nacional en 2016.",
  },
  {
    name: "IGF Paraguay",
    kind: "national",
    countries: ["PY"],
    subRegion: "south_america",
    languages: ["es"],
    yearEstablished: 2014,
    stage: "developing",
    verified: true,
    lead: "lead.paraguay@demo.padrinazgo.org",
    description:
      "IGF nacional desde alrededor de 2014, convocado junto con el capítulo local de Internet Society.",
  },
  {
    name: "IGF Costa Rica",
    kind: "national",
    countries: ["CR"],
    subRegion: "central_america",
    languages: ["es"],
    yearEstablished: 2015,
    stage: "developing",
    verified: false,
    lead: "lead.costarica@demo.padrinazgo.org",
    description: "Un primer encuentro local en 2015.",
  },
  {
    name: "IGF Barbados",
    kind: "national",
    countries: ["BB"],
    subRegion: "caribbean",
    languages: ["en"],
    yearEstablished: 2017,
    stage: "emerging",
    verified: false,
    lead: "lead.barbados@demo.padrinazgo.org",
    description:
      "First national IGF in June 2017, led by the Internet Society chapter with a steering committee of about 15 volunteers from 5 stakeholder groups. Hardships: few volunteers, venue size, too little time.",
    fundingSources: [
      "International organizations",
      "Government",
      "Academia",
      "Private companies",
      "Caribbean Telecommunications Union",
    ],
  },
  {
    name: "Diálogo de Gobernanza de Internet de Panamá",
    kind: "national",
    countries: ["PA"],
    subRegion: "central_america",
    languages: ["es"],
    stage: "emerging",
    verified: false,
    lead: "lead.panama@demo.padrinazgo.org",
    description:
      "Primer diálogo de gobernanza de Internet, liderado por IPANDETEC, junto con el LACIGF en Panamá.",
  },
];

type DemoCommittee = {
  name: string;
  group: StakeholderGroup;
  gender?: Gender;
  city?: string;
  role?: string;
};
type DemoMeeting = {
  edition: number;
  startsOn: string;
  endsOn: string;
  venue: string;
  format: MeetingFormat;
};

// Fictional committee members; meeting dates approximate the public facts (month and year).
export const DEMO_COMMITTEES: Record<string, DemoCommittee[]> = {
  "IGF Barbados": [
    {
      name: "Rhea Alleyne (demo)",
      group: "civil_society",
      gender: "woman",
      city: "Bridgetown",
      role: "Chair",
    },
    { name: "Marcus Best (demo)", group: "government", gender: "man", city: "Bridgetown" },
    { name: "Tricia Gill (demo)", group: "academia", gender: "woman", city: "Cave Hill" },
    { name: "Jason Holder (demo)", group: "private_sector", gender: "man", city: "Bridgetown" },
    {
      name: "Nadia Brathwaite (demo)",
      group: "technical_community",
      gender: "woman",
      city: "Speightstown",
    },
  ],
  "Mesa Colombiana de Gobernanza de Internet": [
    {
      name: "Paula Restrepo (demo)",
      group: "civil_society",
      gender: "woman",
      city: "Bogotá",
      role: "Coordinación",
    },
    { name: "Julián Ortiz (demo)", group: "academia", gender: "man", city: "Medellín" },
    { name: "Sofía Vargas (demo)", group: "government", gender: "woman", city: "Bogotá" },
    { name: "Andrés Gómez (demo)", group: "technical_community", gender: "man", city: "Cali" },
    { name: "Laura Pineda (demo)", group: "private_sector", gender: "woman", city: "Bogotá" },
  ],
  "Diálogo de Gobernanza de Internet de Panamá": [
    {
      name: "Gabriela Ríos (demo)",
      group: "civil_society",
      gender: "woman",
      city: "Ciudad de Panamá",
      role: "IPANDETEC",
    },
  ],
};

export const DEMO_MEETINGS: Record<string, DemoMeeting[]> = {
  "IGF Barbados": [
    {
      edition: 1,
      startsOn: "2017-06-01",
      endsOn: "2017-06-01",
      venue: "Bridgetown",
      format: "in_person",
    },
  ],
  "IGF Argentina": [
    {
      edition: 1,
      startsOn: "2016-10-01",
      endsOn: "2016-10-01",
      venue: "Buenos Aires",
      format: "hybrid",
    },
  ],
  "IGF Uruguay": [
    {
      edition: 1,
      startsOn: "2016-09-01",
      endsOn: "2016-09-01",
      venue: "Montevideo",
      format: "hybrid",
    },
  ],
  "IGF Costa Rica": [
    {
      edition: 1,
      startsOn: "2015-09-01",
      endsOn: "2015-09-01",
      venue: "San José",
      format: "in_person",
    },
  ],
};

type DemoOffer = { topics: HelpTopic[]; languages: WorkLanguage[]; capacity: number; note: string };
type DemoRequest = { topics: HelpTopic[]; languages: WorkLanguage[]; description: string };

// The design's demo network: Colombia and Mexico offer mentorship; Barbados and Panama ask,
// and so do Paraguay and Costa Rica (so that network-wide matching has several pairs to draft).
export const DEMO_OFFERS: Record<string, DemoOffer> = {
  "Mesa Colombiana de Gobernanza de Internet": {
    topics: ["committee", "funding", "program", "recognition"],
    languages: ["es", "en"],
    capacity: 3,
    note: "Acompañamos la formación del comité multisectorial y la búsqueda de patrocinio sin perder independencia.",
  },
  "Grupo Iniciativa de Gobernanza de Internet": {
    topics: ["event", "program", "global", "communications"],
    languages: ["es"],
    capacity: 2,
    note: "Experiencia como sede del LACIGF y del IGF global.",
  },
};

export const DEMO_REQUESTS: Record<string, DemoRequest> = {
  "IGF Barbados": {
    topics: ["funding", "committee"],
    languages: ["en"],
    description:
      "We are few volunteers. We need help finding sponsors and keeping a five-group steering committee going.",
  },
  "IGF Paraguay": {
    topics: ["communications", "global"],
    languages: ["es"],
    description:
      "Queremos que nuestra comunidad siga el IGF global y cuente mejor lo que hacemos en el país.",
  },
  "IGF Costa Rica": {
    topics: ["funding", "program"],
    languages: ["es"],
    description:
      "Buscamos patrocinio diverso para el próximo foro y ayuda para armar un programa con todos los sectores.",
  },
  "Diálogo de Gobernanza de Internet de Panamá": {
    topics: ["recognition", "program", "event"],
    languages: ["es"],
    description:
      "Queremos pasar del primer diálogo a una iniciativa nacional reconocida por la Secretaría del IGF.",
  },
};
