/**
 * French-like text for synthetic content: sentences built from the field's vocabulary plus a
 * long tail of made-up words drawn with Zipf weights, so that the search index grows with the
 * catalogue as a real one does (a fixed word list would keep the index unrealistically small).
 * Meaningless by design: nothing here is a fact, and nothing is taken from the source documents.
 */
import { type Random, seeded } from './random.ts';

const DETERMINERS = ['le', 'la', 'les', 'un', 'une', 'des', 'leur', 'ce', 'cette', 'chaque', 'plusieurs', 'son', 'sa', 'ses'];
const PREPOSITIONS = ['dans', 'pour', 'avec', 'par', 'sur', 'entre', 'auprès de', 'autour de', 'grâce à', 'depuis', 'face à', 'selon'];
const LINKS = ['et', 'ou', 'mais aussi', 'ainsi que', 'tandis que', 'puis', 'car'];
// Every query of the search benchmark is here, so the same queries find results in synthetic content.
const NOUNS = [
	'commune', 'intercommunalité', 'territoire', 'coopérative', 'association', 'épicerie', 'tiers-lieu', 'mobilité', 'habitants',
	'emploi', 'insertion', 'collectivité', 'département', 'région', 'financement', 'subvention', 'projet', 'réseau', 'acteurs',
	'structure', 'service', 'accompagnement', 'bénévoles', 'agriculture', 'alimentation', 'circuits courts', 'marché réservé',
	'fonds européens', 'commande publique', 'gouvernance', 'transition', 'énergie', 'santé', 'culture', 'jeunesse', 'numérique',
	'ressourcerie', 'logement', 'foncier', 'étude', 'diagnostic', 'dispositif', 'partenariat', 'convention', 'élus', 'centre-bourg',
	'village', 'vallée', 'montagne', 'Creuse', 'SCIC', 'PTCE', 'SCOP', 'atelier', 'chantier', 'formation', 'salariés', 'producteurs',
	'marché', 'cantine', 'école', 'aînés', 'familles', 'demandeurs d’emploi', 'économie circulaire', 'réemploi', 'covoiturage',
	'garage solidaire', 'café associatif', 'conciergerie', 'médiathèque', 'festival', 'forêt', 'filière bois', 'eau', 'déchets',
	'appel à projets', 'budget', 'trésorerie', 'capital', 'sociétaires', 'charte', 'contrat', 'stratégie', 'plan d’action',
	'ingénierie', 'animation', 'coopération', 'utilité sociale', 'lien social', 'attractivité', 'revitalisation', 'quartier',
];
const ADJECTIVES = [
	'solidaire', 'rural', 'local', 'collectif', 'social', 'durable', 'partagé', 'citoyen', 'coopératif', 'public', 'économique',
	'fragile', 'territorial', 'innovant', 'associatif', 'agricole', 'itinérant', 'mutualisé', 'pluriannuel', 'européen',
	'départemental', 'régional', 'intercommunal', 'isolé', 'accessible', 'durable', 'nouveau', 'premier', 'commun', 'propre',
];
const VERBS = [
	'soutient', 'accompagne', 'finance', 'développe', 'réunit', 'propose', 'favorise', 'maintient', 'crée', 'mobilise', 'permet',
	'associe', 'relève', 'renforce', 'anime', 'structure', 'relance', 'ouvre', 'organise', 'porte', 'coordonne', 'forme', 'emploie',
	'accueille', 'valorise', 'préserve', 'transforme', 'partage', 'réinvente', 'sécurise', 'consolide', 'expérimente',
];
const ONSETS = ['b', 'c', 'ch', 'd', 'f', 'g', 'gr', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 't', 'tr', 'v', 'br', 'cl', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'ou', 'au', 'é', 'è', 'ai', 'eu', 'on', 'an', 'in', 'oi', 'u'];
const ENDINGS = ['', 'e', 's', 'tion', 'ment', 'ité', 'eur', 'ique', 'age', 'ière', 'al', 'elle', 'ard', 'ois', 'ence', 'iste', 'oir'];
const VOWEL_START = /^[aeiouéèêâîôûh]/i;

/** Size of the made-up vocabulary; a catalogue of thousands of entries uses tens of thousands of words. */
const LEXICON_SIZE = 40_000;
let lexicon: string[] | undefined;

/** The made-up words, always the same list (its own seed), whatever catalogue is generated. */
function madeUpWords(): string[] {
	if (lexicon) return lexicon;
	const random = seeded(0x5eed);
	const words = new Set<string>();
	while (words.size < LEXICON_SIZE) {
		let word = '';
		for (let s = random.int(2, 3); s > 0; s--) word += random.pick(ONSETS) + random.pick(VOWELS);
		words.add(word + random.pick(ENDINGS));
	}
	lexicon = [...words];
	return lexicon;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** « de » before a word, elided before a vowel. */
const of = (word: string) => (VOWEL_START.test(word) ? `d’${word}` : `de ${word}`);

export interface FrenchWriter {
	/** A capitalised name such as a place or an organisation would have (« Vallée de Praulon »). */
	name(): string;
	/** A title-like phrase of about `chars` characters, capitalised, without final full stop. */
	phrase(chars: number): string;
	/** One sentence. */
	sentence(): string;
	/** Sentences up to about `chars` characters. */
	text(chars: number): string;
	/** A Markdown body of about `chars` characters: paragraphs, `headings` sections, now and then a list. */
	body(chars: number, headings: number): string;
	/** An upper-case acronym of 2 to 5 letters, not necessarily unique. */
	acronym(): string;
}

/** `acronyms`: the glossary's, sprinkled through the text as real texts use them. */
export function frenchWriter(random: Random, acronyms: readonly string[] = []): FrenchWriter {
	const words = madeUpWords();
	const noun = () => (random.chance(0.22) ? random.zipf(words) : random.pick(NOUNS));
	const adjective = () => (random.chance(0.15) ? random.zipf(words) : random.pick(ADJECTIVES));
	const determiner = (next: string) => {
		const d = random.zipf(DETERMINERS);
		return (d === 'le' || d === 'la') && VOWEL_START.test(next) ? 'l’' : `${d} `;
	};
	const nounPhrase = (): string => {
		if (acronyms.length && random.chance(0.06)) return `${random.pick(['le', 'les', 'un'])} ${random.zipf(acronyms)}`;
		const head = noun();
		let phrase = determiner(head) + head;
		if (random.chance(0.45)) phrase += ` ${adjective()}`;
		if (random.chance(0.3)) phrase += ` ${of(random.chance(0.3) ? writer.name() : noun())}`;
		return phrase;
	};
	const complement = () => {
		const roll = random.next();
		if (roll < 0.12) return `en ${random.int(1995, 2025)}`;
		if (roll < 0.2) return `pour près de ${random.int(2, 900)} ${random.pick(['habitants', 'personnes', 'emplois', 'communes', 'adhérents'])}`;
		return `${random.zipf(PREPOSITIONS)} ${nounPhrase()}`;
	};
	const writer: FrenchWriter = {
		name: () => {
			const word = capitalise(random.zipf(words));
			return random.chance(0.4) ? `${capitalise(random.pick(NOUNS.slice(40, 60)))} ${of(word)}` : word;
		},
		phrase(chars) {
			let phrase = capitalise(noun());
			while (phrase.length < chars) phrase += ` ${random.chance(0.4) ? adjective() : random.chance(0.5) ? of(noun()) : `${random.pick(PREPOSITIONS)} ${noun()}`}`;
			return phrase;
		},
		sentence() {
			let sentence = `${nounPhrase()} ${random.pick(VERBS)} ${nounPhrase()}`;
			for (let i = random.int(0, 2); i > 0; i--) sentence += ` ${complement()}`;
			if (random.chance(0.35)) sentence += ` ${random.pick(LINKS)} ${random.pick(VERBS)} ${nounPhrase()}`;
			if (random.chance(0.1)) sentence += `\u202f; ${nounPhrase()} ${random.pick(VERBS)} ${nounPhrase()}`;
			return `${capitalise(sentence)}.`;
		},
		text(chars) {
			let text = writer.sentence();
			while (text.length < chars) text += ` ${writer.sentence()}`;
			return text;
		},
		body(chars, headings) {
			const blocks: string[] = [];
			const perSection = chars / (headings + 1);
			for (let section = 0; section <= headings; section++) {
				if (section > 0) blocks.push(`## ${writer.phrase(random.int(20, 50))}`);
				let written = 0;
				while (written < perSection) {
					const block = random.chance(0.12)
						? Array.from({ length: random.int(2, 5) }, () => `- **${writer.phrase(random.int(8, 24))}**\u00a0: ${writer.sentence()}`).join('\n')
						: writer.text(random.int(200, 600));
					blocks.push(block);
					written += block.length;
				}
			}
			return `${blocks.join('\n\n')}\n`;
		},
		acronym: () => Array.from({ length: random.int(2, 5) }, () => String.fromCharCode(65 + random.int(0, 25))).join(''),
	};
	return writer;
}
