//! Recoverable problems in words: each [`IssueKind`] as the clause that follows its
//! place (`Objekt 3 (Østerbro): …`).

use crate::issue::kinds::{FeatureProblem, IssueKind, PolygonProblem};
use crate::text::numbers::list_numbers;
use crate::text::Lang::{self, Da, En};

impl IssueKind {
    /// The problem in `lang`, without its place (see [`Issue::sentence`](crate::issue::Issue::sentence)).
    ///
    /// ```
    /// use atlas_core::issue::IssueKind;
    /// use atlas_core::Lang;
    /// assert_eq!(IssueKind::RingClosed.say(Lang::En), "has a ring that was not closed; it was closed automatically");
    /// ```
    pub fn say(&self, lang: Lang) -> String {
        use IssueKind as K;
        match (self, lang) {
            // Boundaries.
            (K::FeatureUnreadable { problem }, Da) => format!("{}, og er sprunget over", problem.say(Da)),
            (K::FeatureUnreadable { problem }, En) => format!("{}, and was skipped", problem.say(En)),
            (K::NoGeometry, Da) => "har ingen geometri (null) og er sprunget over".into(),
            (K::NoGeometry, En) => "has no geometry (null) and was skipped".into(),
            (K::NoPolygons, Da) => "har ingen flader (polygoner) og er sprunget over".into(),
            (K::NoPolygons, En) => "has no polygons and was skipped".into(),
            (K::PositionTooShort, Da) => "har et punkt med færre end to koordinater; polygonen er sprunget over".into(),
            (K::PositionTooShort, En) => "has a position with fewer than two coordinates; the polygon was skipped".into(),
            (K::CoordinatesNotNumbers, Da) => "har koordinater der ikke er tal; polygonen er sprunget over".into(),
            (K::CoordinatesNotNumbers, En) => "has coordinates that are not numbers; the polygon was skipped".into(),
            (K::PolygonWithoutRings, Da) => "har en polygon uden ringe; den er sprunget over".into(),
            (K::PolygonWithoutRings, En) => "has a polygon without rings; it was skipped".into(),
            (K::CollectionsNestedTooDeeply, Da) => "har GeometryCollections indlejret for dybt og er afkortet".into(),
            (K::CollectionsNestedTooDeeply, En) => "has GeometryCollections nested too deeply and was cut short".into(),
            (K::CoordinateOffGlobe { x, y }, Da) => format!("har koordinaten ({x}, {y}) uden for jordens længde- og breddegrader; polygonen er sprunget over"),
            (K::CoordinateOffGlobe { x, y }, En) => format!("has the coordinate ({x}, {y}) outside the Earth's longitudes and latitudes; the polygon was skipped"),
            (K::RingClosed, Da) => "har en ring der ikke var lukket; den er lukket automatisk".into(),
            (K::RingClosed, En) => "has a ring that was not closed; it was closed automatically".into(),
            (K::OuterRingTooSmall, Da) => "har en ydre ring med under tre forskellige punkter; polygonen er sprunget over".into(),
            (K::OuterRingTooSmall, En) => "has an outer ring with fewer than three distinct points; the polygon was skipped".into(),
            (K::HoleTooSmall, Da) => "har et hul med under tre forskellige punkter; hullet er sprunget over".into(),
            (K::HoleTooSmall, En) => "has a hole with fewer than three distinct points; the hole was skipped".into(),
            (K::PolygonInvalid { problem }, Da) => format!("har en ugyldig polygon: {}; den tegnes alligevel", problem.say(Da)),
            (K::PolygonInvalid { problem }, En) => format!("has an invalid polygon: {}; it is drawn anyway", problem.say(En)),
            (K::CrsUnknown { name, guess }, Da) => format!("koordinatsystemet «{name}» kendes ikke; {} er gættet ud fra koordinaterne", guess.as_deref().unwrap_or("intet")),
            (K::CrsUnknown { name, guess }, En) => format!("the coordinate system “{name}” is not known; {} was guessed from the coordinates", guess.as_deref().unwrap_or("none")),
            (K::CrsGuessed { crs }, Da) => format!("filen siger ikke hvilket koordinatsystem den bruger; koordinaterne er ikke grader, men passer til Danmark i {crs}, som er brugt. Vælg et andet, hvis kortet ser forkert ud"),
            (K::CrsGuessed { crs }, En) => format!("the file does not say which coordinate system it uses; the coordinates are not degrees but fit Denmark in {crs}, which was used. Choose another if the map looks wrong"),
            (K::PointsOrLinesSkipped { count }, Da) => format!("{count} punkter eller linjer er sprunget over; kun flader kan vises som områder"),
            (K::PointsOrLinesSkipped { count }, En) => format!("{count} points or lines were skipped; only polygons can be shown as areas"),
            (K::FeaturesUnreadableInAll { count }, Da) => format!("i alt {count} objekter kunne ikke læses og er sprunget over"),
            (K::FeaturesUnreadableInAll { count }, En) => format!("{count} features in all could not be read and were skipped"),
            (K::PolygonsNotValidated { count, vertex_limit }, Da) => format!("{count} polygoner er ikke kontrolleret for selvskæringer, fordi de er meget store (over {vertex_limit} punkter) eller filen er meget stor; de tegnes som de er"),
            (K::PolygonsNotValidated { count, vertex_limit }, En) => format!("{count} polygons were not checked for self-intersections because they are very large (over {vertex_limit} points) or the file is very large; they are drawn as they are"),
            (K::KeyMissing { key }, Da) => format!("mangler nøglen «{key}»; objektets nummer bruges i stedet"),
            (K::KeyMissing { key }, En) => format!("lacks the key “{key}”; its position is used instead"),
            (K::KeyShared { key, first, second }, Da) => format!("nøglen «{key}» bruges af både «{first}» og «{second}»; de er tegnet som ét område. Vælg en anden nøgle, hvis det er forkert"),
            (K::KeyShared { key, first, second }, En) => format!("the key “{key}” is used by both “{first}” and “{second}”; they are drawn as one area. Choose another key if that is wrong"),
            (K::PartsMerged { parts, areas, key }, Da) => format!("{parts} dele med samme nøgle «{key}» er samlet til {areas} områder"),
            (K::PartsMerged { parts, areas, key }, En) => format!("{parts} parts sharing the key “{key}” were merged into {areas} areas"),

            // Tables.
            (K::RowFieldCount { fields, header }, Da) => format!("har {fields} felter, men overskriften har {header}; manglende felter tæller som manglende data"),
            (K::RowFieldCount { fields, header }, En) => format!("has {fields} fields but the header has {header}; absent fields count as missing data"),
            (K::RowUnreadable { detail }, Da) => format!("kan ikke læses ({detail}) og er sprunget over"),
            (K::RowUnreadable { detail }, En) => format!("cannot be read ({detail}) and was skipped"),
            (K::MixedEncoding { lines }, Da) => format!("blander to tegnkodninger: linje {} er gemt som Windows-1252, resten som UTF-8. Hver linje er læst i sin egen kodning; tjek æ, ø og å i de linjer, og gem filen igen som UTF-8", list_numbers(lines, 8, Da)),
            (K::MixedEncoding { lines }, En) => format!("mixes two encodings: line {} is saved as Windows-1252, the rest as UTF-8. Each line was read in its own encoding; check æ, ø and å on those lines, and save the file again as UTF-8", list_numbers(lines, 8, En)),
            (K::ReadAsWindows1252, Da) => "er ikke UTF-8 og er læst som Windows-1252 (som Excel gemmer CSV); tjek at æ, ø og å ser rigtige ud".into(),
            (K::ReadAsWindows1252, En) => "is not UTF-8 and was read as Windows-1252 (as Excel saves CSV); check that æ, ø and å look right".into(),
            (K::MergedCellsFilled { cells, sheet }, Da) => format!("{cells} tomme etiketceller (flettede celler) i arket «{sheet}» er udfyldt med værdien ovenfor"),
            (K::MergedCellsFilled { cells, sheet }, En) => format!("{cells} empty label cells (merged cells) in the sheet “{sheet}” were filled with the value above"),
            (K::FormulasUnsaved { sheet, cells }, Da) => format!("{} celler i arket «{sheet}» har en formel uden gemt resultat ({}) og vises som manglende. Åbn filen i Excel og gem den igen, så resultaterne kommer med", cells.len(), cell_list(cells, Da)),
            (K::FormulasUnsaved { sheet, cells }, En) => format!("{} cells in the sheet “{sheet}” have a formula without a saved result ({}) and are shown as missing. Open the file in Excel and save it again so the results are included", cells.len(), cell_list(cells, En)),
            (K::FormulaErrors { sheet, cells }, Da) => format!("{cells} celler i arket «{sheet}» indeholder en formelfejl (fx #DIV/0!) og vises som manglende"),
            (K::FormulaErrors { sheet, cells }, En) => format!("{cells} cells in the sheet “{sheet}” hold a formula error (e.g. #DIV/0!) and are shown as missing"),
            (K::SheetChosen { sheet, sheets }, Da) => format!("arket «{sheet}» er læst (regnearket har {sheets} ark)"),
            (K::SheetChosen { sheet, sheets }, En) => format!("the sheet “{sheet}” was read (the workbook has {sheets} sheets)"),
            (K::RowWithoutKey, Da) => "har ingen områdekode og er sprunget over".into(),
            (K::RowWithoutKey, En) => "has no area code and was skipped".into(),
            (K::TimeNotYear { time }, Da) => format!("har tiden «{time}», som ikke er et år; rækken er sprunget over"),
            (K::TimeNotYear { time }, En) => format!("has the time “{time}”, which is not a year; the row was skipped"),
            (K::ValueRepeated { indicator, year }, Da) => format!("gentager «{indicator}»{} for samme område; den første række er brugt", year.map(|y| format!(" i {y}")).unwrap_or_default()),
            (K::ValueRepeated { indicator, year }, En) => format!("repeats “{indicator}”{} for the same area; the first row was used", year.map(|y| format!(" in {y}")).unwrap_or_default()),
            (K::NumberUnreadable { value, column }, Da) => format!("værdien «{value}» i kolonnen «{column}» er ikke et tal og vises som manglende"),
            (K::NumberUnreadable { value, column }, En) => format!("the value “{value}” in column “{column}” is not a number and is shown as missing"),
            (K::ValuesRepeatedInAll { count }, Da) => format!("i alt {count} gentagne værdier; de første er brugt"),
            (K::ValuesRepeatedInAll { count }, En) => format!("{count} repeated values in all; the first were used"),
            (K::NumbersUnreadableInAll { count }, Da) => format!("i alt {count} celler er ikke tal og vises som manglende"),
            (K::NumbersUnreadableInAll { count }, En) => format!("{count} cells in all are not numbers and are shown as missing"),
            (K::DescribedColumnMissing, Da) => "er beskrevet i metadatafilen, men findes ikke i tabellen".into(),
            (K::DescribedColumnMissing, En) => "is described in the metadata file but is not in the table".into(),
            (K::SplitByDimensions { dimensions, combinations }, Da) => format!("er delt på {} ({combinations} kombinationer); vælg kategorierne ved siden af indikatoren", crate::text::and_list(&quoted(dimensions, Da), Da)),
            (K::SplitByDimensions { dimensions, combinations }, En) => format!("is split by {} ({combinations} combinations); choose the categories beside the indicator", crate::text::and_list(&quoted(dimensions, En), En)),
            (K::AbsentCountedAsZero { absent, cells }, Da) => format!("har ingen række for {} af {} kombinationer (statistikbanker udelader tomme rækker); i summer tæller de som 0, valgt alene vises de som manglende", crate::text::numbers::format_number(*absent as f64, 0, Da), crate::text::numbers::format_number(*cells as f64, 0, Da)),
            (K::AbsentCountedAsZero { absent, cells }, En) => format!("has no row for {} of {} combinations (statistics banks leave out empty rows); in sums they count as 0, chosen alone they show as missing", crate::text::numbers::format_number(*absent as f64, 0, En), crate::text::numbers::format_number(*cells as f64, 0, En)),
            (K::CategoryUnknown { dimension, category }, Da) => format!("har ingen kategori «{category}» i «{dimension}»; standardvalget er vist"),
            (K::CategoryUnknown { dimension, category }, En) => format!("has no category “{category}” in “{dimension}”; the default is shown"),
            (K::SumRefused { dimension }, Da) => format!("er ikke et antal, så «{dimension}» kan ikke lægges sammen (gennemsnit og andele summeres ikke); standardvalget er vist"),
            (K::SumRefused { dimension }, En) => format!("is not a count, so “{dimension}” cannot be added up (averages and shares are never summed); the default is shown"),

            // Join.
            (K::NoTable { areas }, Da) => format!("der er ingen indikatortabel; kortet viser de {areas} områders grænser"),
            (K::NoTable { areas }, En) => format!("there is no indicator table; the map shows the boundaries of the {areas} areas"),
            (K::RowAlreadyMatched { label, district }, Da) => format!("«{label}» matcher {district}, som allerede har en række; rækken er ikke brugt"),
            (K::RowAlreadyMatched { label, district }, En) => format!("“{label}” matches {district}, which already has a row; the row was not used"),
            (K::RowUnmatched { label, suggestions, noun }, Da) => format!("«{label}» matcher {} på kortet{}", no_one(*noun), did_you_mean(suggestions, Da)),
            (K::RowUnmatched { label, suggestions, noun }, En) => format!("“{label}” matches no {} on the map{}", noun.one(En), did_you_mean(suggestions, En)),
            (K::RowsOtherLevel { level, rows }, Da) => format!("{rows} rækker på niveauet «{level}» hører til en anden inddeling end kortets og er ikke brugt"),
            (K::RowsOtherLevel { level, rows }, En) => format!("{rows} rows at the level “{level}” belong to another division than the map's and were not used"),
            (K::NothingMatched { rows, areas, key }, Da) => format!("ingen af tabellens {rows} rækker matcher de {areas} områder på kortet (nøgle «{key}»); kortet viser kun grænserne"),
            (K::NothingMatched { rows, areas, key }, En) => format!("none of the table's {rows} rows matches the {areas} areas on the map (key “{key}”); the map shows the boundaries only"),
            (K::DistrictWithoutRow, Da) => "har ingen række i tabellen og vises som manglende data".into(),
            (K::DistrictWithoutRow, En) => "has no row in the table and is shown as missing data".into(),
            (K::MatchSummary { matched, rows, with_data, areas, noun }, Da) => format!("tabellen matcher {} af {} rækker ({} %); {} af {} {} har data", count(*matched, Da), count(*rows, Da), percent(*matched, *rows, Da), count(*with_data, Da), count(*areas, Da), noun.many(Da)),
            (K::MatchSummary { matched, rows, with_data, areas, noun }, En) => format!("the table matches {} of {} rows ({} %); {} of {} {} have data", count(*matched, En), count(*rows, En), percent(*matched, *rows, En), count(*with_data, En), count(*areas, En), noun.many(En)),

            // Links.
            (K::LinkParameterUnreadable { key, value }, Da) => format!("Linkets parameter «{key}={value}» kunne ikke læses og er sprunget over."),
            (K::LinkParameterUnreadable { key, value }, En) => format!("The link's parameter “{key}={value}” could not be read and was skipped."),
        }
    }
}

/// The first eight cell references, and how many more: `C3, C4 og 9 andre`.
fn cell_list(cells: &[String], lang: Lang) -> String {
    let shown: Vec<&str> = cells.iter().take(8).map(String::as_str).collect();
    let more = cells.len().saturating_sub(shown.len());
    let more = match (more, lang) {
        (0, _) => String::new(),
        (m, Da) => format!(" og {m} andre"),
        (m, En) => format!(" and {m} others"),
    };
    format!("{}{more}", shown.join(", "))
}

/// Names in the language's quotation marks: «Køn» / “Køn”.
fn quoted(names: &[String], lang: Lang) -> Vec<String> {
    names
        .iter()
        .map(|n| match lang {
            Da => format!("«{n}»"),
            En => format!("“{n}”"),
        })
        .collect()
}

/// ` (mente du A eller B?)`, or nothing without suggestions.
fn did_you_mean(suggestions: &[String], lang: Lang) -> String {
    match (suggestions.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Da) => format!(" (mente du {}?)", suggestions.join(" eller ")),
        (false, En) => format!(" (did you mean {}?)", suggestions.join(" or ")),
    }
}

/// A count with the language's thousands separator: `42.951`, `42,951`.
/// «ingen kommune» / «intet sogn»: Danish «no» agrees with the noun's gender.
fn no_one(noun: crate::text::noun::Noun) -> String {
    let word = noun.one(Da);
    if noun.a(Da).starts_with("et ") {
        format!("intet {word}")
    } else {
        format!("ingen {word}")
    }
}

fn count(n: usize, lang: Lang) -> String {
    crate::text::numbers::format_number(n as f64, 0, lang)
}

/// `matched` of `rows` in whole per cent, as the language writes it (0 without rows).
fn percent(matched: usize, rows: usize, lang: Lang) -> String {
    let p = if rows == 0 {
        0.0
    } else {
        matched as f64 / rows as f64 * 100.0
    };
    crate::text::numbers::format_number(p, 0, lang)
}

impl FeatureProblem {
    /// The clause after the feature's place: `har feltet «type» to gange, …`.
    ///
    /// ```
    /// use atlas_core::issue::FeatureProblem;
    /// use atlas_core::Lang;
    /// assert_eq!(FeatureProblem::MissingField { field: "type".into() }.say(Lang::Da), "mangler feltet «type»");
    /// ```
    pub fn say(&self, lang: Lang) -> String {
        use FeatureProblem as P;
        match (self, lang) {
            (P::NestedTooDeeply, Da) => "er indlejret for dybt (over 100 lag, fx GeometryCollection i GeometryCollection)".into(),
            (P::NestedTooDeeply, En) => "is nested too deeply (over 100 levels, e.g. GeometryCollection within GeometryCollection)".into(),
            (P::DuplicateField { field }, Da) => format!("har feltet «{field}» to gange, så det er uklart, hvilket der gælder"),
            (P::DuplicateField { field }, En) => format!("has the field “{field}” twice, so it is unclear which one applies"),
            (P::UnknownGeometryType { name }, Da) => format!("har geometritypen «{name}», som GeoJSON ikke kender (kun Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon og GeometryCollection)"),
            (P::UnknownGeometryType { name }, En) => format!("has the geometry type “{name}”, which GeoJSON does not know (only Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon and GeometryCollection)"),
            (P::MissingField { field }, Da) => format!("mangler feltet «{field}»"),
            (P::MissingField { field }, En) => format!("lacks the field “{field}”"),
            (P::NotANumber, Da) => "har koordinater som NaN eller Infinity, der ikke er tal i JSON".into(),
            (P::NotANumber, En) => "has coordinates such as NaN or Infinity, which are not numbers in JSON".into(),
            (P::EndsEarly, Da) => "slutter midt i teksten".into(),
            (P::EndsEarly, En) => "ends part-way through".into(),
            (P::WrongShape, Da) => "er ikke et gyldigt GeoJSON-objekt (en værdi har forkert form eller type)".into(),
            (P::WrongShape, En) => "is not a valid GeoJSON feature (a value has the wrong shape or type)".into(),
        }
    }
}

impl PolygonProblem {
    /// What is wrong, as words a planner reads: `en ring krydser sig selv`.
    pub fn say(&self, lang: Lang) -> String {
        use PolygonProblem as P;
        match (self, lang) {
            (P::CrossesItself, Da) => "en ring krydser sig selv".into(),
            (P::CrossesItself, En) => "a ring crosses itself".into(),
            (P::HoleOutside, Da) => "et hul ligger uden for den ydre ring".into(),
            (P::HoleOutside, En) => "a hole lies outside the outer ring".into(),
            (P::RingsCross, Da) => "ringene skærer hinanden".into(),
            (P::RingsCross, En) => "its rings cross each other".into(),
            (P::Other { detail }, _) => detail.clone(),
        }
    }
}
