/**
 * The CSL style of the French reference shown under « Citer cette ressource »: author-date, after
 * ISO 690 as French libraries write it (authors, year, title [en ligne], kind, collection,
 * publisher, [consulté le …], address). Names are written as given, not in capitals: most authors are
 * institutions, listed « A, B et C » (`<institution>`, citeproc-js's element for them). citeproc formats
 * with it; only the wording is ours.
 */
export const FRENCH_STYLE_ID = 'ess-reference-fr';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const FRENCH_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="fr-FR" demote-non-dropping-particle="never">
  <info>
    <title>Référence en français (ISO 690, auteur-date)</title>
    <id>${FRENCH_STYLE_ID}</id>
    <updated>2026-12-02T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="fr">
    <terms>
      <term name="and">et</term>
      <term name="online">en ligne</term>
      <term name="accessed">consulté le</term>
${MONTHS.map((month, i) => `      <term name="month-${String(i + 1).padStart(2, '0')}">${month}</term>`).join('\n')}
    </terms>
  </locale>
  <macro name="authors">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="never" name-as-sort-order="all" sort-separator=", "/>
      <institution and="text" delimiter=", " delimiter-precedes-last="never"/>
    </names>
  </macro>
  <citation>
    <layout>
      <text variable="title"/>
    </layout>
  </citation>
  <bibliography>
    <layout>
      <group delimiter=". " suffix=".">
        <group delimiter=", ">
          <text macro="authors"/>
          <date variable="issued">
            <date-part name="year"/>
          </date>
        </group>
        <group delimiter=" ">
          <text variable="title" font-style="italic"/>
          <choose>
            <if variable="URL">
              <text term="online" prefix="[" suffix="]"/>
            </if>
          </choose>
        </group>
        <text variable="genre"/>
        <text variable="collection-title"/>
        <text variable="publisher"/>
        <group prefix="[" suffix="]" delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed">
            <date-part name="day" suffix=" "/>
            <date-part name="month" suffix=" "/>
            <date-part name="year"/>
          </date>
        </group>
        <group delimiter=" ">
          <text value="Disponible à l’adresse&#8239;:"/>
          <text variable="URL"/>
        </group>
      </group>
    </layout>
  </bibliography>
</style>
`;
