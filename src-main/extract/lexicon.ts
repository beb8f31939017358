// Built-in knowledge: countries with their demonyms, international bodies, armed groups, news
// outlets, places and the words that mark people's titles. The project's own actors come first;
// this list only fills the gaps.
import type { ActorKind } from '../../shared/extraction';

export interface LexiconEntry {
  name: string;
  kind: ActorKind;
  /** Surface forms, matched case-sensitively on word boundaries. */
  forms: string[];
}

// [name, other forms (short names, demonyms, capitals used as metonyms)]
const COUNTRIES: [string, string[]][] = [
  ['United States', ['US', 'U.S.', 'USA', 'America', 'American', 'Americans', 'Washington', 'White House', 'US administration', 'US government', 'Biden administration', 'Trump administration', 'State Department']],
  ['Israel', ['Israeli', 'Israelis', 'Israeli government']],
  ['Qatar', ['Qatari', 'Qataris', 'Doha']],
  ['Egypt', ['Egyptian', 'Egyptians', 'Cairo']],
  ['Saudi Arabia', ['Saudi', 'Saudis', 'Riyadh', 'Kingdom of Saudi Arabia']],
  ['United Arab Emirates', ['UAE', 'Emirati', 'Emiratis', 'Abu Dhabi']],
  ['Jordan', ['Jordanian', 'Amman']],
  ['Lebanon', ['Lebanese', 'Beirut']],
  ['Syria', ['Syrian', 'Damascus']],
  ['Iraq', ['Iraqi', 'Baghdad']],
  ['Iran', ['Iranian', 'Iranians', 'Tehran', 'Islamic Republic']],
  ['Turkey', ['Türkiye', 'Turkish', 'Ankara']],
  ['Oman', ['Omani', 'Muscat']],
  ['Bahrain', ['Bahraini']],
  ['Kuwait', ['Kuwaiti']],
  ['Yemen', ['Yemeni']],
  ['Palestinian Authority', ['PA', 'Palestinian', 'Palestinians', 'Ramallah']],
  ['Russia', ['Russian', 'Russians', 'Moscow', 'Kremlin']],
  ['Ukraine', ['Ukrainian', 'Ukrainians', 'Kyiv']],
  ['China', ['Chinese', 'Beijing']],
  ['France', ['French', 'Paris', 'Elysee', 'Élysée']],
  ['Germany', ['German', 'Berlin']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'British', 'London', 'Downing Street']],
  ['Norway', ['Norwegian', 'Oslo']],
  ['Switzerland', ['Swiss', 'Bern']],
  ['Sudan', ['Sudanese', 'Khartoum']],
  ['South Sudan', ['South Sudanese', 'Juba']],
  ['Ethiopia', ['Ethiopian', 'Addis Ababa']],
  ['Eritrea', ['Eritrean']],
  ['Somalia', ['Somali']],
  ['Kenya', ['Kenyan', 'Nairobi']],
  ['Libya', ['Libyan', 'Tripoli']],
  ['Algeria', ['Algerian', 'Algiers']],
  ['Morocco', ['Moroccan', 'Rabat']],
  ['Tunisia', ['Tunisian']],
  ['India', ['Indian', 'New Delhi']],
  ['Pakistan', ['Pakistani', 'Islamabad']],
  ['Afghanistan', ['Afghan', 'Kabul']],
  ['Armenia', ['Armenian', 'Yerevan']],
  ['Azerbaijan', ['Azerbaijani', 'Azeri', 'Baku']],
  ['Georgia', ['Georgian', 'Tbilisi']],
  ['Poland', ['Polish', 'Warsaw']],
  ['Italy', ['Italian', 'Rome']],
  ['Spain', ['Spanish', 'Madrid']],
  ['Japan', ['Japanese', 'Tokyo']],
  ['South Korea', ['South Korean', 'Seoul']],
  ['North Korea', ['North Korean', 'Pyongyang']],
  ['Canada', ['Canadian', 'Ottawa']],
  ['Colombia', ['Colombian', 'Bogota', 'Bogotá']],
  ['Venezuela', ['Venezuelan', 'Caracas']],
  ['Cuba', ['Cuban', 'Havana']],
  ['Serbia', ['Serbian', 'Belgrade']],
  ['Kosovo', ['Kosovar', 'Pristina']],
  ['Cyprus', ['Cypriot', 'Nicosia']],
  ['Greece', ['Greek', 'Athens']],
  ['Indonesia', ['Indonesian', 'Jakarta']],
  ['Philippines', ['Philippine', 'Filipino', 'Manila']],
  ['Myanmar', ['Burmese', 'Naypyidaw']],
  ['Chad', ['Chadian']],
  ['Nigeria', ['Nigerian', 'Abuja']],
  ['Ireland', ['Irish', 'Dublin']],
  ['Netherlands', ['Dutch', 'The Hague']],
  ['Belgium', ['Belgian']],
  ['Austria', ['Austrian', 'Vienna']],
  ['Sweden', ['Swedish', 'Stockholm']],
  ['Finland', ['Finnish', 'Helsinki']],
  ['Denmark', ['Danish', 'Copenhagen']],
  ['Djibouti', ['Djiboutian']],
  ['Rwanda', ['Rwandan', 'Kigali']],
  ['Uganda', ['Ugandan', 'Kampala']],
  ['Democratic Republic of the Congo', ['DRC', 'DR Congo', 'Congolese', 'Kinshasa']],
  ['Vatican', ['Holy See']],
  ['Australia', ['Australian', 'Canberra']],
  ['New Zealand', ['New Zealander', 'Wellington']],
  ['Papua New Guinea', ['PNG', 'Government of Papua New Guinea', 'Port Moresby']],
  ['Fiji', ['Fijian', 'Suva']],
  ['Mexico', ['Mexican']],
  ['Brazil', ['Brazilian', 'Brasilia', 'Brasília']],
];

const BODIES: [string, ActorKind, string[]][] = [
  ['United Nations', 'body', ['UN', 'U.N.']],
  ['UN Security Council', 'body', ['Security Council', 'U.N. Security Council']],
  ['UN General Assembly', 'body', ['General Assembly']],
  ['European Union', 'body', ['EU', 'E.U.']],
  ['European Commission', 'body', []],
  ['Arab League', 'body', ['League of Arab States']],
  ['African Union', 'body', ['AU']],
  ['NATO', 'body', ['Nato', 'North Atlantic Treaty Organization']],
  ['Gulf Cooperation Council', 'body', ['GCC']],
  ['Organisation of Islamic Cooperation', 'body', ['OIC', 'Organization of Islamic Cooperation']],
  ['OSCE', 'body', ['Organization for Security and Co-operation in Europe']],
  ['IGAD', 'body', ['Intergovernmental Authority on Development']],
  ['International Court of Justice', 'body', ['ICJ']],
  ['International Criminal Court', 'body', ['ICC']],
  ['Knesset', 'body', []],
  ['International Committee of the Red Cross', 'organization', ['ICRC', 'Red Cross']],
  ['Red Crescent', 'organization', ['Palestinian Red Crescent']],
  ['UNRWA', 'organization', []],
  ['World Health Organization', 'organization', ['WHO']],
  ['World Food Programme', 'organization', ['WFP']],
  ['UNICEF', 'organization', []],
  ['IAEA', 'organization', ['International Atomic Energy Agency']],
  ['International Monetary Fund', 'organization', ['IMF']],
  ['World Bank', 'organization', []],
  ['Fatah', 'organization', []],
  ['Palestine Liberation Organization', 'organization', ['PLO']],
  ['Hamas', 'armed_group', ['Islamic Resistance Movement', 'HAMAS']],
  ['Qassam Brigades', 'armed_group', ['Al-Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades']],
  ['Hezbollah', 'armed_group', ['Hizbollah', 'Hizballah']],
  ['Palestinian Islamic Jihad', 'armed_group', ['Islamic Jihad', 'PIJ']],
  ['Houthis', 'armed_group', ['Houthi', 'Ansar Allah', 'Ansarallah']],
  ['Islamic State', 'armed_group', ['ISIS', 'ISIL', 'Daesh']],
  ['Taliban', 'armed_group', []],
  ['al-Qaeda', 'armed_group', ['Al-Qaeda', 'al Qaeda', 'Al Qaeda']],
  ['al-Shabaab', 'armed_group', ['Al-Shabaab', 'al Shabaab']],
  ['Rapid Support Forces', 'armed_group', ['RSF']],
  ['Sudanese Armed Forces', 'armed_group', ['SAF', 'Sudanese army', 'Sudanese military']],
  ['Syrian Democratic Forces', 'armed_group', ['SDF']],
  ['PKK', 'armed_group', ['Kurdistan Workers\' Party']],
  ['M23', 'armed_group', []],
  ['Wagner Group', 'armed_group', ['Wagner']],
  ['Israel Defense Forces', 'armed_group', ['IDF', 'Israeli army', 'Israeli military']],
];

const OUTLETS: [string, string[]][] = [
  ['Reuters', []], ['Associated Press', ['AP']], ['AFP', ['Agence France-Presse', 'Agence France Presse']],
  ['Al Jazeera', ['Al-Jazeera', 'Aljazeera']], ['Al Arabiya', ['Al-Arabiya']], ['BBC', []], ['CNN', []],
  ['Axios', []], ['Channel 12', []], ['Channel 13', []], ['Channel 14', []], ['Channel 11', []],
  ['KAN', ['Kan', 'Kan 11', 'Israeli Broadcasting Authority', 'Israeli Public Broadcasting Corporation']],
  ['Haaretz', []], ['Maariv', []], ['Israel Hayom', []], ['Yedioth Ahronoth', ['Yediot Ahronot', 'Ynet']],
  ['Times of Israel', []], ['Jerusalem Post', []], ['Army Radio', ['Galei Tzahal']], ['Walla', []],
  ['New York Times', []], ['Washington Post', []], ['Wall Street Journal', []], ['Financial Times', []],
  ['The Guardian', ['Guardian']], ['Bloomberg', []], ['Politico', []], ['CBS', []], ['NBC', []], ['ABC', []],
  ['Fox News', []], ['Sky News', []], ['Al-Araby Al-Jadeed', ['The New Arab']], ['Asharq Al-Awsat', []],
  ['Al Mayadeen', ['Al-Mayadeen']], ['Al-Quds', []], ['Anadolu', ['Anadolu Agency']], ['TASS', []],
  ['RIA Novosti', []], ['Xinhua', []], ['WAFA', []], ['Qatar News Agency', ['QNA']], ['Saudi Press Agency', ['SPA']],
  ['MENA', []], ['IRNA', []], ['Tasnim', []], ['Fars', []], ['Le Monde', []], ['Der Spiegel', []],
  ['Al-Ahram', ['Ahram Online']], ['The National', []], ['Middle East Eye', []], ['Palestine Chronicle', []],
];

export const LEXICON: LexiconEntry[] = [
  ...COUNTRIES.map(([name, forms]) => ({ name, kind: 'government' as const, forms })),
  ...BODIES.map(([name, kind, forms]) => ({ name, kind, forms })),
  ...OUTLETS.map(([name, forms]) => ({ name, kind: 'media' as const, forms })),
];

/** Capitals that stand for their country ("Washington said") but are places after "in", "to", "at". */
export const CAPITALS = new Set([
  'Washington', 'Doha', 'Cairo', 'Riyadh', 'Abu Dhabi', 'Amman', 'Beirut', 'Damascus', 'Baghdad', 'Tehran', 'Ankara', 'Muscat',
  'Ramallah', 'Moscow', 'Kyiv', 'Beijing', 'Paris', 'Berlin', 'London', 'Oslo', 'Bern', 'Khartoum', 'Juba', 'Addis Ababa',
  'Nairobi', 'Tripoli', 'Algiers', 'Rabat', 'New Delhi', 'Islamabad', 'Kabul', 'Yerevan', 'Baku', 'Tbilisi', 'Warsaw', 'Rome',
  'Madrid', 'Tokyo', 'Seoul', 'Pyongyang', 'Ottawa', 'Bogota', 'Bogotá', 'Caracas', 'Havana', 'Belgrade', 'Pristina', 'Nicosia',
  'Athens', 'Jakarta', 'Manila', 'Naypyidaw', 'Abuja', 'Dublin', 'The Hague', 'Vienna', 'Stockholm', 'Helsinki', 'Copenhagen',
  'Kigali', 'Kampala', 'Kinshasa', 'Canberra', 'Wellington', 'Port Moresby', 'Suva', 'Brasilia', 'Brasília',
]);

/** Places that are where things happen, never actors themselves. */
export const PLACES = new Set([
  'Gaza', 'Gaza Strip', 'Gaza City', 'West Bank', 'Rafah', 'Khan Younis', 'Jerusalem', 'East Jerusalem', 'Tel Aviv',
  'Middle East', 'Sinai', 'Golan', 'Golan Heights', 'Geneva', 'New York', 'Brussels', 'Sharm el-Sheikh',
  'Camp David', 'Istanbul', 'Jeddah', 'Mecca', 'Darfur', 'Port Sudan', 'Crimea', 'Donbas', 'Vienna',
  'Europe', 'Africa', 'Asia', 'Gulf', 'Persian Gulf', 'Red Sea', 'Mediterranean', 'Lausanne', 'Nicosia',
  'Aqaba', 'Alexandria', 'Hebron', 'Nablus', 'Jenin', 'Haifa', 'Eilat', 'Kerem Shalom', 'Netzarim',
  'Philadelphi Corridor', 'Zurich', 'Montreux', 'Mexico City', 'Kuwait City', 'Panama City', 'Brisbane', 'Sydney', 'Bougainville',
]);

/** Titles written before a person's name. Multi-word titles are matched as phrases. */
export const PERSON_TITLES = [
  'Rt Hon.', 'Rt. Hon.', 'Rt Hon', 'Hon.', 'Hon', 'The Hon.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof.', 'Professor',
  'Sir', 'Dame', 'Sheikh', 'Sheikha', 'Shaykh', 'Emir', 'Amir', 'King', 'Queen', 'Crown Prince', 'Prince', 'Princess',
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'PM', 'Chancellor', 'Premier',
  'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister', 'Finance Minister', 'Minister',
  'Minister of State', 'Deputy Minister', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Secretary',
  'Special Envoy', 'Envoy', 'Ambassador', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Speaker', 'Governor', 'Mayor',
  'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Major General', 'Brigadier General', 'Colonel', 'Col.', 'Admiral', 'Commander',
  'Chief of Staff', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'Judge', 'Justice', 'Rabbi', 'Imam', 'Ayatollah', 'Pope',
  'Cardinal', 'Archbishop', 'Bishop', 'MK', 'MP', 'Leader', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Negotiator',
  'Chief Negotiator', 'Mediator', 'Adviser', 'Advisor', 'National Security Adviser', 'Intelligence Chief', 'Head',
];

/** Lower-case role nouns that introduce or stand for a person ("envoy Stephen Witkoff", "the envoy"). */
export const ROLE_NOUNS = [
  'president', 'vice president', 'prime minister', 'premier', 'foreign minister', 'defence minister', 'defense minister',
  'minister', 'secretary of state', 'secretary-general', 'envoy', 'special envoy', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'negotiator', 'chief negotiator', 'mediator', 'adviser', 'advisor', 'national security adviser',
  'intelligence chief', 'army chief', 'chief of staff', 'emir', 'king', 'crown prince', 'senator', 'chancellor',
  'leader', 'commander', 'analyst', 'researcher', 'professor', 'diplomat', 'lawmaker', 'politician', 'soldier',
  'hostage', 'captive', 'prisoner', 'journalist', 'correspondent', 'official', 'mayor', 'governor', 'speaker',
];

/** Words that end the name of an organisation, with the kind they suggest. */
export const ORG_HEADS: Record<string, ActorKind> = {
  Council: 'body', Assembly: 'body', Parliament: 'body', Senate: 'body', Congress: 'body', Court: 'body',
  Commission: 'body', Committee: 'body', Cabinet: 'body', Knesset: 'body', Conference: 'body', Secretariat: 'body',
  Ministry: 'government', Government: 'government', Administration: 'government', Department: 'government', Office: 'government',
  Brigades: 'armed_group', Brigade: 'armed_group', Forces: 'armed_group', Army: 'armed_group', Front: 'armed_group', Militia: 'armed_group',
  Movement: 'organization', Party: 'organization', Organization: 'organization', Organisation: 'organization', Union: 'organization',
  League: 'organization', Group: 'organization', Coalition: 'organization', Alliance: 'organization', Foundation: 'organization',
  Institute: 'organization', Centre: 'organization', Center: 'organization', Agency: 'organization', Authority: 'organization',
  Bank: 'organization', Fund: 'organization', Programme: 'organization', Federation: 'organization', Society: 'organization',
  Initiative: 'organization', Mission: 'organization', Delegation: 'organization', Forum: 'organization', Board: 'body',
  Times: 'media', Post: 'media', News: 'media', Radio: 'media', TV: 'media', Television: 'media', Herald: 'media',
  Tribune: 'media', Journal: 'media', Gazette: 'media', Chronicle: 'media', Daily: 'media', Press: 'media', Wire: 'media',
};

/** Lower-case nouns naming a kind of news outlet ("the newspaper Maariv", "Reuters news agency"). */
export const OUTLET_NOUNS = ['newspaper', 'news agency', 'agency', 'daily', 'broadcaster', 'public broadcaster', 'channel', 'website', 'news site', 'outlet', 'network', 'radio', 'television', 'magazine', 'wire service', 'paper', 'tabloid'];

/** Capitalised words that are never part of a person's name. */
export const NON_NAME_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'Its',
  'In', 'On', 'At', 'For', 'From', 'By', 'With', 'Of', 'To', 'And', 'But', 'Or', 'As', 'If', 'When', 'While', 'After', 'Before',
  'Meanwhile', 'However', 'According', 'Earlier', 'Later', 'Last', 'Next', 'Since', 'During', 'Despite', 'Although', 'Also',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'GMT', 'UTC', 'BST', 'CET', 'EST', 'Timeline', 'Update', 'Updated', 'Analysis', 'Opinion',
  'Strip', 'East', 'West', 'North', 'South', 'Heights', 'City', 'Sea', 'Bank', 'Corridor', 'Crossing', 'Border', 'Region',
  'Ceasefire', 'Truce', 'Deal', 'Agreement', 'Accord', 'Accords', 'Plan', 'Talks', 'Summit', 'Round', 'Phase', 'War', 'Day',
  'Islamic', 'Arab', 'Muslim', 'Jewish', 'Christian', 'Western', 'Eastern', 'Northern', 'Southern', 'Gulf', 'Global', 'International',
  'Staff', 'Reporting', 'Editing', 'Writing', 'Additional', 'Read', 'More', 'Live', 'Breaking', 'Watch', 'Photo', 'Video',
  'Statement', 'Release', 'Media', 'Office', 'Press', 'Ministry', 'Minister', 'Government', 'Cabinet', 'Council', 'Parliament',
  'Wire', 'State', 'Foreign', 'Affairs', 'Sources', 'Source', 'Officials', 'Official', 'Hostage', 'Hostages', 'Families', 'Forum', 'Agency', 'Hon', 'Rt', 'Mr', 'Ms', 'Dr',
]);
