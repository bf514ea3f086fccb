//! Unusable input in words: each [`LoadErrorKind`] as the one sentence the user reads.

use crate::issue::kinds::{BinaryFormat, FileKind, InternalFault, LoadErrorKind};
use crate::text::Lang::{self, Da, En};

impl LoadErrorKind {
    /// The sentence in `lang`.
    ///
    /// ```
    /// use atlas_core::issue::LoadErrorKind;
    /// use atlas_core::Lang;
    /// let e = LoadErrorKind::HttpStatus { url: "data/bydele.geojson".into(), status: 404 };
    /// assert_eq!(e.say(Lang::Da), "data/bydele.geojson kunne ikke hentes (HTTP 404).");
    /// ```
    pub fn say(&self, lang: Lang) -> String {
        use LoadErrorKind as K;
        match (self, lang) {
            (K::FileTooLarge { name, file, bytes, max_bytes }, _) => too_large(name, *file, *bytes, *max_bytes, lang),

            // Boundary files.
            (K::FileEmpty, Da) => "Filen er tom (0 byte), så der er intet at læse.".into(),
            (K::FileEmpty, En) => "The file is empty (0 bytes), so there is nothing to read.".into(),
            (K::Binary { format }, Da) => format!("Filen er ikke tekst, men binære data ({}), så den kan ikke læses som GeoJSON. Er det den rigtige fil?", format.say(Da)),
            (K::Binary { format }, En) => format!("The file is not text but binary data ({}), so it cannot be read as GeoJSON. Is it the right file?", format.say(En)),
            (K::NestedTooDeeply, Da) => "Filen er indlejret for dybt (over 100 lag inden i hinanden), så den kan ikke læses som GeoJSON.".into(),
            (K::NestedTooDeeply, En) => "The file is nested too deeply (over 100 levels inside each other), so it cannot be read as GeoJSON.".into(),
            (K::Truncated, Da) => "Filen ser afskåret ud: JSON-teksten slutter midt i det hele. Hent eller gem filen igen.".into(),
            (K::Truncated, En) => "The file looks truncated: the JSON text ends part-way through. Download or save it again.".into(),
            (K::NotJson { line, column }, Da) => format!("Filen er ikke gyldig JSON (fejl i linje {line}, kolonne {column}), så den kan ikke læses som GeoJSON."),
            (K::NotJson { line, column }, En) => format!("The file is not valid JSON (error at line {line}, column {column}), so it cannot be read as GeoJSON."),
            (K::NoType, Da) => "Filen er JSON, men ikke GeoJSON: den har intet «type»-felt, så der er ingen FeatureCollection, Feature eller geometri at tegne.".into(),
            (K::NoType, En) => "The file is JSON but not GeoJSON: it has no “type” field, so there is no FeatureCollection, Feature or geometry to draw.".into(),
            (K::NotGeoJson { type_name }, Da) => format!("Filen er JSON, men ikke GeoJSON (type «{type_name}»): der mangler en FeatureCollection, Feature eller geometri med gyldige koordinater."),
            (K::NotGeoJson { type_name }, En) => format!("The file is JSON but not GeoJSON (type “{type_name}”): it lacks a FeatureCollection, Feature or geometry with valid coordinates."),
            (K::EmptyCollection, Da) => "Filen er gyldig GeoJSON, men indeholder ingen områder (tom FeatureCollection).".into(),
            (K::EmptyCollection, En) => "The file is valid GeoJSON but contains no areas (empty FeatureCollection).".into(),
            (K::CoordinatesUnrecognised { min_x, max_x }, Da) => format!("Koordinaterne (fx x fra {} til {}) er hverken længde/bredde-grader eller et dansk koordinatsystem appen kan genkende. Vælg koordinatsystem og indlæs igen.", whole(*min_x, Da), whole(*max_x, Da)),
            (K::CoordinatesUnrecognised { min_x, max_x }, En) => format!("The coordinates (e.g. x from {} to {}) are neither longitude/latitude degrees nor a Danish coordinate system the app recognises. Choose the coordinate system and load again.", whole(*min_x, En), whole(*max_x, En)),
            (K::NoUsablePolygons { problems, more }, Da) => {
                let mut why: Vec<String> = problems.iter().map(|i| i.sentence(Da)).collect();
                if *more > 0 {
                    why.push(format!("(og {more} andre problemer)"));
                }
                let s = format!("Filen indeholder ingen brugbare flader (polygoner), så der er intet at tegne. {}", why.join(" "));
                s.trim_end().to_owned()
            }
            (K::NoUsablePolygons { problems, more }, En) => {
                let mut why: Vec<String> = problems.iter().map(|i| i.sentence(En)).collect();
                if *more > 0 {
                    why.push(format!("(and {more} other problems)"));
                }
                let s = format!("The file contains no usable polygons, so there is nothing to draw. {}", why.join(" "));
                s.trim_end().to_owned()
            }
            (K::NoExtent, Da) => "Områderne har ingen udstrækning, der kan tegnes.".into(),
            (K::NoExtent, En) => "The areas have no extent that can be drawn.".into(),

            // Tables.
            (K::TableEmpty, Da) => "Tabellen er tom.".into(),
            (K::TableEmpty, En) => "The table is empty.".into(),
            (K::HeaderUnreadable { detail }, Da) => format!("Tabellens overskriftslinje kan ikke læses: {detail}"),
            (K::HeaderUnreadable { detail }, En) => format!("The table's header line cannot be read: {detail}"),
            (K::JsonUnreadable { line, column }, Da) => format!("JSON-filen kan ikke læses (linje {line}, kolonne {column})."),
            (K::JsonUnreadable { line, column }, En) => format!("The JSON file cannot be read (line {line}, column {column})."),
            (K::NotRecords, Da) => "JSON-filen er ikke en liste af rækker (fx [{\"kode\": \"0101\", \"indkomst\": 312400}, …]).".into(),
            (K::NotRecords, En) => "The JSON file is not a list of records (e.g. [{\"code\": \"0101\", \"income\": 312400}, …]).".into(),
            (K::MetadataUnreadable { line, column, detail }, Da) => format!("Metadatafilen kan ikke læses (linje {line}, kolonne {column}): {detail}"),
            (K::MetadataUnreadable { line, column, detail }, En) => format!("The metadata file cannot be read (line {line}, column {column}): {detail}"),
            (K::OneColumn, Da) => "Tabellen har kun én kolonne; der skal være en kolonne med områdekode eller -navn og mindst én med tal. Er skilletegnet semikolon, komma eller tabulator?".into(),
            (K::OneColumn, En) => "The table has only one column; it needs a column with area code or name and at least one with numbers. Is the separator a semicolon, comma or tab?".into(),
            (K::NoDataRows, Da) => "Tabellen har en overskrift, men ingen rækker med data.".into(),
            (K::NoDataRows, En) => "The table has a header but no data rows.".into(),
            (K::KeyColumnMissing { column }, Da) => format!("Nøglekolonnen «{column}» fra metadatafilen findes ikke i tabellen."),
            (K::KeyColumnMissing { column }, En) => format!("The key column “{column}” named in the metadata file is not in the table."),
            (K::NoAreaColumn, Da) => "Tabellen har ingen kolonne med områder.".into(),
            (K::NoAreaColumn, En) => "The table has no column with areas.".into(),
            (K::NoNumberColumns, Da) => "Tabellen har ingen kolonner med tal, så der er ingen indikatorer at vise.".into(),
            (K::NoNumberColumns, En) => "The table has no columns with numbers, so there are no indicators to show.".into(),
            (K::NoAreaCodes, Da) => "Ingen af tabellens rækker har en områdekode.".into(),
            (K::NoAreaCodes, En) => "None of the table's rows has an area code.".into(),
            (K::UnpacksTooLarge { name, bytes, unpacked, max_unpacked }, Da) => format!("{name} fylder {} MB, men pakker sig ud til {} MB; appen læser regneark op til {} MB udpakket. Gem arket som CSV (semikolon), eller del det op.", mb(*bytes, Da), mb(*unpacked, Da), mb(*max_unpacked, Da)),
            (K::UnpacksTooLarge { name, bytes, unpacked, max_unpacked }, En) => format!("{name} is {} MB but unpacks to {} MB; the app reads spreadsheets up to {} MB unpacked. Save the sheet as CSV, or split it.", mb(*bytes, En), mb(*unpacked, En), mb(*max_unpacked, En)),
            (K::SpreadsheetUnopenable { .. }, Da) => "Regnearket kan ikke åbnes: filen er ikke et gyldigt .xlsx-, .xls- eller .ods-regneark (den kan være ødelagt, afskåret eller have et forkert navn).".into(),
            (K::SpreadsheetUnopenable { detail }, En) => format!("The spreadsheet cannot be opened: the file is not a valid .xlsx, .xls or .ods workbook ({detail}); it may be damaged, truncated or misnamed."),
            (K::NoSheetWithTable, Da) => "Regnearket har ingen ark med en tabel (en overskriftsrække og data).".into(),
            (K::NoSheetWithTable, En) => "The spreadsheet has no sheet with a table (a header row and data).".into(),

            // Project files.
            (K::ProjectNotJson { line, column }, Da) => format!("Projektfilen kan ikke læses: den er ikke gyldig JSON (linje {line}, kolonne {column}). Den kan være afkortet."),
            (K::ProjectNotJson { line, column }, En) => format!("The project file cannot be read: it is not valid JSON (line {line}, column {column}). It may be truncated."),
            (K::NotAProject, Da) => "Filen er ikke en Samskabelsesatlas-projektfil (feltet \"format\" mangler).".into(),
            (K::NotAProject, En) => "The file is not a Samskabelsesatlas project file (the \"format\" field is missing).".into(),
            (K::ProjectTooNew { version, supported }, Da) => format!("Projektfilen er gemt af en nyere Samskabelsesatlas (format {version}); denne version kan åbne format {supported}. Brug den nyere version, eller gem projektet igen derfra."),
            (K::ProjectTooNew { version, supported }, En) => format!("The project file was saved by a newer Samskabelsesatlas (format {version}); this version opens format {supported}. Use the newer version, or save the project again from it."),
            (K::ProjectNoVersion, Da) => "Projektfilen har ingen gyldig formatversion (feltet \"version\").".into(),
            (K::ProjectNoVersion, En) => "The project file has no valid format version (the \"version\" field).".into(),
            (K::ProjectDamaged { detail }, Da) => format!("Projektfilen er beskadiget: {detail}."),
            (K::ProjectDamaged { detail }, En) => format!("The project file is damaged: {detail}."),

            // Fetching.
            (K::AddressRefused { url }, Da) => format!("Adressen «{url}» kan ikke bruges: kun http- og https-adresser hentes."),
            (K::AddressRefused { url }, En) => format!("The address “{url}” cannot be used: only http and https addresses are fetched."),
            (K::Unreachable { url }, Da) => format!("{url} kunne ikke hentes. Adressen svarer ikke, eller serveren tillader ikke at browseren henter filen (CORS)."),
            (K::Unreachable { url }, En) => format!("{url} could not be fetched. The address does not answer, or the server does not let the browser fetch the file (CORS)."),
            (K::Offline { url }, Da) => format!("{url} kunne ikke hentes, fordi browseren er offline. Hent filen, når der er net, eller indlæs den fra disken."),
            (K::Offline { url }, En) => format!("{url} could not be fetched because the browser is offline. Fetch it when online, or load it from disk."),
            (K::HttpStatus { url, status }, Da) => format!("{url} kunne ikke hentes (HTTP {status})."),
            (K::HttpStatus { url, status }, En) => format!("{url} could not be fetched (HTTP {status})."),
            (K::Superseded { name }, Da) => format!("Indlæsningen af {name} blev stoppet, fordi en anden fil blev valgt."),
            (K::Superseded { name }, En) => format!("Loading {name} was stopped because another file was chosen."),
            (K::LoaderStopped { name, .. }, Da) => format!("{name} kunne ikke indlæses: indlæseren stoppede undervejs (filen er for stor til browserens hukommelse, eller den ramte en fejl). Kortet er som før; prøv en mindre fil eller et udsnit."),
            (K::LoaderStopped { name, .. }, En) => format!("{name} could not be loaded: the loader stopped part-way (the file is too large for the browser's memory, or it hit a fault). The map is as it was; try a smaller file or an extract."),

            // The atlas itself: a bug, said as one, with what to report.
            (K::Internal { name, fault, detail }, Da) => format!("Atlasset fejlede internt med {name}: {}. Det er en fejl i atlasset, ikke i filen, og kortet er som før. Meld den gerne til udviklerne med browserens navn og version, filen og hvad du gjorde (teknisk: {detail}).", fault.say(Da)),
            (K::Internal { name, fault, detail }, En) => format!("The atlas failed internally with {name}: {}. This is a bug in the atlas, not in the file, and the map is as it was. Please report it to the developers with the browser's name and version, the file and what you were doing (technical: {detail}).", fault.say(En)),
        }
    }
}

/// Bytes as megabytes in the language's digits: `6,9`, `2.147`.
fn mb(bytes: u64, lang: Lang) -> String {
    let mb = bytes as f64 / 1e6;
    let decimals = if mb < 10.0 { 1 } else { 0 };
    crate::text::numbers::format_number(mb, decimals, lang)
}

/// A figure without decimals as the language writes it (`700.000`, `−5.000.000`).
fn whole(v: f64, lang: Lang) -> String {
    crate::text::numbers::format_number(v, 0, lang)
}

/// `stor.csv er 61 MB; appen læser tabeller op til 50 MB. Del filen op, …`
fn too_large(name: &str, file: FileKind, bytes: u64, max_bytes: u64, lang: Lang) -> String {
    let mb = whole(bytes as f64 / 1e6, lang);
    let max_mb = max_bytes / 1_000_000;
    let (what, advice) = file_words(file, lang);
    match lang {
        Da => format!("{name} er {mb} MB; appen læser {what} op til {max_mb} MB. {advice}"),
        En => format!("{name} is {mb} MB; the app reads {what} up to {max_mb} MB. {advice}"),
    }
}

/// (what, advice) for a file over its limit.
fn file_words(file: FileKind, lang: Lang) -> (&'static str, &'static str) {
    match (file, lang) {
        (FileKind::Boundaries, Da) => (
            "grænsefiler",
            "Forenkl grænserne (fx i mapshaper), eller del filen op.",
        ),
        (FileKind::Boundaries, En) => (
            "boundary files",
            "Simplify the boundaries (e.g. in mapshaper), or split the file.",
        ),
        (FileKind::Table, Da) => ("tabeller", "Del filen op, eller vælg færre kolonner."),
        (FileKind::Table, En) => ("tables", "Split the file, or choose fewer columns."),
        (FileKind::Project, Da) => ("projektfiler", "Gem projektet med forenklede grænser."),
        (FileKind::Project, En) => (
            "project files",
            "Save the project with simplified boundaries.",
        ),
    }
}

impl InternalFault {
    /// What failed: `siden og indlæseren forstod ikke hinanden`.
    pub fn say(self, lang: Lang) -> &'static str {
        use InternalFault as F;
        match (self, lang) {
            (F::Protocol, Da) => "siden og indlæseren forstod ikke hinanden",
            (F::Protocol, En) => "the page and the loader did not understand each other",
            (F::ReadyAnswers, Da) => "eksemplets færdige svar kunne ikke læses",
            (F::ReadyAnswers, En) => "the example's ready-made answers could not be read",
            (F::Writing, Da) => "filen kunne ikke skrives",
            (F::Writing, En) => "the file could not be written",
        }
    }
}

impl BinaryFormat {
    /// What the file looks like: `den ligner et PNG-billede`.
    pub fn say(self, lang: Lang) -> &'static str {
        use BinaryFormat as B;
        match (self, lang) {
            (B::Png, Da) => "den ligner et PNG-billede",
            (B::Png, En) => "it looks like a PNG image",
            (B::Pdf, Da) => "den ligner en PDF",
            (B::Pdf, En) => "it looks like a PDF",
            (B::Zip, Da) => "den ligner et zip-arkiv, fx en pakket shapefil eller et regneark",
            (B::Zip, En) => "it looks like a zip archive, e.g. a zipped shapefile or a spreadsheet",
            (B::Gif, Da) => "den ligner et GIF-billede",
            (B::Gif, En) => "it looks like a GIF image",
            (B::Unknown, Da) => "ukendt format",
            (B::Unknown, En) => "unknown format",
        }
    }
}
