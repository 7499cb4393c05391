import type { EvidenceKind, HelpTopic, ToolkitPhase } from "../schema/enums";

type Localized = { es: string; en: string; pt: string };

export type TemplateStep = {
  key: string;
  phase: ToolkitPhase;
  topic: HelpTopic;
  evidence: EvidenceKind;
  title: Localized;
  guidance: Localized;
};

/**
 * Version 1 of the toolkit checklist, from the IGF NRIs toolkit. The keys are stable:
 * progress and mentorship goals refer to them across template versions.
 */
export const TEMPLATE_V1: TemplateStep[] = [
  {
    key: "principles",
    phase: "foundations",
    topic: "recognition",
    evidence: "document",
    title: {
      es: "Adoptar los cinco principios del IGF",
      en: "Adopt the five IGF principles",
      pt: "Adotar os cinco princípios do IGF",
    },
    guidance: {
      es: "Abierta y transparente, inclusiva, de abajo hacia arriba, multisectorial y sin fines comerciales. Déjalo por escrito en un documento público.",
      en: "Open and transparent, inclusive, bottom-up, multistakeholder and non-commercial. Put it in writing in a public document.",
      pt: "Aberta e transparente, inclusiva, de baixo para cima, multissetorial e sem fins comerciais. Registre isso em um documento público.",
    },
  },
  {
    key: "scope",
    phase: "foundations",
    topic: "recognition",
    evidence: "none",
    title: {
      es: "Elegir el tipo y el alcance",
      en: "Choose the kind and scope",
      pt: "Escolher o tipo e o alcance",
    },
    guidance: {
      es: "Nacional, subregional, regional o juvenil: define qué territorio y qué comunidad convoca la iniciativa.",
      en: "National, sub-regional, regional or youth: decide which territory and community the initiative convenes.",
      pt: "Nacional, sub-regional, regional ou jovem: defina qual território e qual comunidade a iniciativa convoca.",
    },
  },
  {
    key: "stakeholder-map",
    phase: "foundations",
    topic: "committee",
    evidence: "document",
    title: {
      es: "Mapear a quién invitar de cada grupo",
      en: "Map the stakeholders to invite from every group",
      pt: "Mapear quem convidar de cada grupo",
    },
    guidance: {
      es: "Gobierno, sector privado, sociedad civil, comunidad técnica y academia: una lista de personas y organizaciones de cada grupo.",
      en: "Government, private sector, civil society, technical community and academia: a list of people and organizations from each group.",
      pt: "Governo, setor privado, sociedade civil, comunidade técnica e academia: uma lista de pessoas e organizações de cada grupo.",
    },
  },
  {
    key: "committee-3-groups",
    phase: "committee",
    topic: "committee",
    evidence: "committee",
    title: {
      es: "Comité organizador con al menos tres grupos de interés",
      en: "Organizing committee with at least three stakeholder groups",
      pt: "Comitê organizador com pelo menos três grupos de interesse",
    },
    guidance: {
      es: "El kit pide empezar con al menos tres grupos y avanzar hacia los cinco. El registro del comité sirve de evidencia.",
      en: "The toolkit asks to start with at least three groups and work toward all five. The committee roster is the evidence.",
      pt: "O kit pede começar com pelo menos três grupos e avançar para os cinco. O registro do comitê serve de evidência.",
    },
  },
  {
    key: "committee-diversity",
    phase: "committee",
    topic: "committee",
    evidence: "committee",
    title: {
      es: "Diversidad de género y regional en el comité",
      en: "Gender and regional diversity in the committee",
      pt: "Diversidade de gênero e regional no comitê",
    },
    guidance: {
      es: "Busca equilibrio de género y personas de distintas ciudades o regiones, no solo de la capital.",
      en: "Look for gender balance and people from different cities or regions, not only the capital.",
      pt: "Busque equilíbrio de gênero e pessoas de diferentes cidades ou regiões, não só da capital.",
    },
  },
  {
    key: "committee-rules",
    phase: "committee",
    topic: "committee",
    evidence: "document",
    title: {
      es: "Nombrar el órgano y acordar sus términos de referencia",
      en: "Name the body and agree its terms of reference",
      pt: "Nomear o órgão e acordar seus termos de referência",
    },
    guidance: {
      es: "Cómo se toman decisiones, cómo se renueva el comité y cómo se evitan conflictos de interés.",
      en: "How decisions are made, how the committee is renewed and how conflicts of interest are avoided.",
      pt: "Como as decisões são tomadas, como o comitê é renovado e como se evitam conflitos de interesse.",
    },
  },
  {
    key: "coordinators",
    phase: "committee",
    topic: "recognition",
    evidence: "none",
    title: {
      es: "Designar coordinación como punto de contacto",
      en: "Designate coordinator(s) as contact points",
      pt: "Designar coordenação como ponto de contato",
    },
    guidance: {
      es: "La Secretaría del IGF pide una persona de contacto; mejor dos, para que la iniciativa no dependa de una sola.",
      en: "The IGF Secretariat asks for a contact person; two are better, so the initiative does not depend on one.",
      pt: "O Secretariado do IGF pede uma pessoa de contato; duas são melhores, para que a iniciativa não dependa de uma só.",
    },
  },
  {
    key: "focal-point",
    phase: "committee",
    topic: "recognition",
    evidence: "date",
    title: {
      es: "Contactar al punto focal de las NRI y sumarse a la lista de coordinación",
      en: "Contact the IGF NRIs focal point; join the coordinators' list",
      pt: "Contatar o ponto focal das NRIs e entrar na lista de coordenação",
    },
    guidance: {
      es: "La Secretaría mantiene una lista de coordinadores de NRI y reuniones virtuales periódicas. Anota la fecha del primer contacto.",
      en: "The Secretariat keeps a list of NRI coordinators and holds regular virtual meetings. Record the date of first contact.",
      pt: "O Secretariado mantém uma lista de coordenadores de NRIs e reuniões virtuais periódicas. Registre a data do primeiro contato.",
    },
  },
  {
    key: "website",
    phase: "transparency",
    topic: "communications",
    evidence: "url",
    title: {
      es: "Página web: quiénes participan, cómo sumarse, contacto",
      en: "Web page: who is involved, how to take part, contact",
      pt: "Página web: quem participa, como participar, contato",
    },
    guidance: {
      es: "Uno de los criterios de la Secretaría: una página que muestre quiénes están detrás y cómo participar.",
      en: "One of the Secretariat's criteria: a page showing who is involved and how to take part.",
      pt: "Um dos critérios do Secretariado: uma página que mostre quem está por trás e como participar.",
    },
  },
  {
    key: "public-updates",
    phase: "transparency",
    topic: "communications",
    evidence: "url",
    title: {
      es: "Lista de correo o canales con novedades públicas",
      en: "Mailing list or channels with regular public updates",
      pt: "Lista de e-mail ou canais com novidades públicas",
    },
    guidance: {
      es: "Un canal abierto donde cualquiera pueda seguir el proceso y opinar.",
      en: "An open channel where anyone can follow the process and have a say.",
      pt: "Um canal aberto onde qualquer pessoa possa acompanhar o processo e opinar.",
    },
  },
  {
    key: "budget",
    phase: "funding",
    topic: "funding",
    evidence: "document",
    title: {
      es: "Presupuesto y plan de financiamiento",
      en: "Budget and funding plan",
      pt: "Orçamento e plano de financiamento",
    },
    guidance: {
      es: "Cuánto cuesta el encuentro (lugar, participación remota, viajes) y de dónde saldrá cada parte.",
      en: "What the meeting costs (venue, remote participation, travel) and where each part will come from.",
      pt: "Quanto custa o encontro (local, participação remota, viagens) e de onde virá cada parte.",
    },
  },
  {
    key: "sponsors",
    phase: "funding",
    topic: "funding",
    evidence: "document",
    title: {
      es: "Patrocinios registrados públicamente, sin que ninguno dirija el programa",
      en: "Sponsors recorded publicly, none steering the programme",
      pt: "Patrocínios registrados publicamente, sem que nenhum direcione o programa",
    },
    guidance: {
      es: "Varias fuentes pequeñas protegen la independencia; publica la lista de patrocinadores.",
      en: "Several small sources protect independence; publish the list of sponsors.",
      pt: "Várias fontes pequenas protegem a independência; publique a lista de patrocinadores.",
    },
  },
  {
    key: "grants",
    phase: "funding",
    topic: "funding",
    evidence: "url",
    title: {
      es: "Postular a fondos abiertos a iniciativas reconocidas",
      en: "Apply for grants open to recognized initiatives",
      pt: "Candidatar-se a fundos abertos a iniciativas reconhecidas",
    },
    guidance: {
      es: "La Secretaría del IGF da hasta unos 5.000 USD a nacionales (6.000 subregionales, 12.000 regionales) con cofinanciamiento, para PMA, PDSL, PEID o economías en transición. La Internet Society Foundation solo financia iniciativas reconocidas. Quien recibe el fondo de la Secretaría no es considerado por IGFSA, y al revés.",
      en: "The IGF Secretariat grants up to about 5,000 USD to national initiatives (6,000 sub-regional, 12,000 regional) with co-funding, for LDCs, LLDCs, SIDS or transition economies. The Internet Society Foundation funds only recognized initiatives. A Secretariat grantee is not considered for IGFSA's, and the other way round.",
      pt: "O Secretariado do IGF concede até cerca de 5.000 USD a iniciativas nacionais (6.000 sub-regionais, 12.000 regionais) com cofinanciamento, para PMD, PDSL, PEID ou economias em transição. A Internet Society Foundation financia só iniciativas reconhecidas. Quem recebe o fundo do Secretariado não é considerado pelo IGFSA, e vice-versa.",
    },
  },
  {
    key: "open-call",
    phase: "event",
    topic: "program",
    evidence: "url",
    title: {
      es: "Convocatoria abierta de temas o consulta pública de la agenda",
      en: "Open call for topics or public consultation on the agenda",
      pt: "Chamada aberta de temas ou consulta pública da agenda",
    },
    guidance: {
      es: "De abajo hacia arriba: la comunidad propone los temas antes de fijar el programa.",
      en: "Bottom-up: the community proposes the topics before the programme is set.",
      pt: "De baixo para cima: a comunidade propõe os temas antes de definir o programa.",
    },
  },
  {
    key: "agenda",
    phase: "event",
    topic: "program",
    evidence: "url",
    title: {
      es: "Publicar la agenda antes del encuentro",
      en: "Publish the agenda ahead of the event",
      pt: "Publicar a agenda antes do encontro",
    },
    guidance: {
      es: "Un criterio de la Secretaría: la agenda publicada con tiempo para que la gente se organice.",
      en: "A Secretariat criterion: the agenda published early enough for people to plan.",
      pt: "Um critério do Secretariado: a agenda publicada com antecedência para que as pessoas se organizem.",
    },
  },
  {
    key: "logistics",
    phase: "event",
    topic: "event",
    evidence: "none",
    title: {
      es: "Lugar, participación remota, oradores diversos",
      en: "Venue, remote participation, diverse speakers",
      pt: "Local, participação remota, palestrantes diversos",
    },
    guidance: {
      es: "Un lugar con espacio suficiente (un problema frecuente el primer año), conexión para participar a distancia y paneles con los cinco grupos.",
      en: "A venue with enough room (a common first-year hardship), a connection for remote participation and panels with all five groups.",
      pt: "Um local com espaço suficiente (um problema comum no primeiro ano), conexão para participar a distância e painéis com os cinco grupos.",
    },
  },
  {
    key: "annual-meeting",
    phase: "event",
    topic: "event",
    evidence: "date",
    title: {
      es: "Realizar el encuentro anual",
      en: "Hold the annual meeting",
      pt: "Realizar o encontro anual",
    },
    guidance: {
      es: "Regístralo también en la lista de encuentros anuales de la iniciativa.",
      en: "Record it in the initiative's list of annual meetings too.",
      pt: "Registre-o também na lista de encontros anuais da iniciativa.",
    },
  },
  {
    key: "report",
    phase: "reporting",
    topic: "reporting",
    evidence: "document",
    title: {
      es: "Escribir el informe anual",
      en: "Write the annual report",
      pt: "Escrever o relatório anual",
    },
    guidance: {
      es: "Nombre, edición, fechas, lugar, preparación y resultados del encuentro.",
      en: "Name, edition, dates, venue, preparation and outcomes of the meeting.",
      pt: "Nome, edição, datas, local, preparação e resultados do encontro.",
    },
  },
  {
    key: "report-published",
    phase: "reporting",
    topic: "reporting",
    evidence: "url",
    title: {
      es: "Publicar el informe en unos tres meses",
      en: "Publish the report within about three months",
      pt: "Publicar o relatório em cerca de três meses",
    },
    guidance: {
      es: "Para seguir listada, la Secretaría pide informes anuales entregados a tiempo.",
      en: "To stay listed, the Secretariat asks for annual reports submitted duly and timely.",
      pt: "Para continuar listada, o Secretariado pede relatórios anuais entregues no prazo.",
    },
  },
  {
    key: "submission",
    phase: "reporting",
    topic: "recognition",
    evidence: "date",
    title: {
      es: "Enviar informe, contactos, comité y sitio web a la Secretaría del IGF",
      en: "Send report, contacts, committee and website to the IGF Secretariat",
      pt: "Enviar relatório, contatos, comitê e site ao Secretariado do IGF",
    },
    guidance: {
      es: "El paquete de reconocimiento de Padrinazgo reúne todo lo que hay que enviar.",
      en: "Padrinazgo's recognition packet gathers everything to send.",
      pt: "O pacote de reconhecimento do Padrinazgo reúne tudo o que é preciso enviar.",
    },
  },
  {
    key: "listed",
    phase: "reporting",
    topic: "recognition",
    evidence: "url",
    title: {
      es: "Aparecer en la página de NRI del IGF",
      en: "Listed on the IGF NRIs page",
      pt: "Aparecer na página de NRIs do IGF",
    },
    guidance: {
      es: "El enlace a la página de la iniciativa en el portal de NRI es la evidencia.",
      en: "The link to the initiative's page on the NRIs portal is the evidence.",
      pt: "O link para a página da iniciativa no portal das NRIs é a evidência.",
    },
  },
  {
    key: "network",
    phase: "consolidation",
    topic: "global",
    evidence: "url",
    title: {
      es: "Participar en las sesiones de NRI del IGF y del LACIGF",
      en: "Join NRI sessions at the IGF and at LACIGF",
      pt: "Participar das sessões de NRIs do IGF e do LACIGF",
    },
    guidance: {
      es: "Las NRI organizan sesiones en cada IGF global; es la mejor forma de aprender de las demás.",
      en: "NRIs organize sessions at each global IGF; it is the best way to learn from the others.",
      pt: "As NRIs organizam sessões em cada IGF global; é a melhor forma de aprender com as demais.",
    },
  },
  {
    key: "all-groups",
    phase: "consolidation",
    topic: "youth",
    evidence: "committee",
    title: {
      es: "Los cinco grupos en el comité; un espacio juvenil",
      en: "Committee reaches all stakeholder groups; youth track",
      pt: "Os cinco grupos no comitê; um espaço jovem",
    },
    guidance: {
      es: "Con el tiempo, el comité suma los cinco grupos y abre un espacio para jóvenes.",
      en: "Over time, the committee brings in all five groups and opens a track for young people.",
      pt: "Com o tempo, o comitê reúne os cinco grupos e abre um espaço para jovens.",
    },
  },
  {
    key: "next-cycle",
    phase: "consolidation",
    topic: "reporting",
    evidence: "none",
    title: {
      es: "Empezar el siguiente ciclo anual",
      en: "Start the next annual cycle",
      pt: "Começar o próximo ciclo anual",
    },
    guidance: {
      es: "Evalúa lo aprendido, renueva el comité si hace falta y vuelve a convocar.",
      en: "Review what you learned, renew the committee if needed and convene again.",
      pt: "Avalie o que aprendeu, renove o comitê se necessário e convoque de novo.",
    },
  },
];
