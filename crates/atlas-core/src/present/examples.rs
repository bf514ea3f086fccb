//! The built-in examples: files served with the app (under `public/`, derived from
//! official sources by `tools/derive-examples.sh`), named in links as `?eksempel=`.

use crate::model::atlas::Atlas;
use crate::model::groups::AreaGroup;
use crate::present::view::sydhavn_holder;
use crate::present::view_spec::ViewSpec;
use crate::text::noun::Noun;
use crate::Lang;

/// One built-in example: its files and who made the data.
#[derive(Debug, PartialEq, Eq)]
pub struct Example {
    /// The word in links (`?eksempel=bydele`).
    pub id: &'static str,
    pub title_da: &'static str,
    pub title_en: &'static str,
    /// Paths relative to the app.
    pub boundaries: &'static str,
    pub table: &'static str,
    pub meta: &'static str,
    pub story: &'static str,
    /// The boundaries and table as the loader worker answers them, made ahead by
    /// `tools/derive` (see `pipeline::message::ready_example`): the first map needs
    /// no worker. Empty for a grid example: its 38,870 squares would be megabytes
    /// made ahead, and the worker reads the table (its own map) in a few seconds.
    pub ready: &'static str,
    /// Where the boundaries come from, in both languages.
    pub boundaries_da: &'static str,
    pub boundaries_en: &'static str,
    /// What the example's areas are called (`bydel`, `kommune`, …).
    pub noun: Noun,
    /// Said when B is not literally Sydhavnen on this map (`None` when it is).
    pub b_note_da: Option<&'static str>,
    pub b_note_en: Option<&'static str>,
}

impl Example {
    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.title_da,
            Lang::En => self.title_en,
        }
    }

    /// The boundaries' attribution in `lang`.
    pub fn boundaries_source(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.boundaries_da,
            Lang::En => self.boundaries_en,
        }
    }

    /// The view the example opens on when nothing else is asked for (a link that
    /// names only the example, the example picker): the kommuner on the bivariate map
    /// of income × KV21 turnout, Gentofte against Lolland; the kvarterer with Østerbro
    /// against Sydhavnen as groups on higher education; the others on their defaults.
    ///
    /// ```
    /// use atlas_core::present::examples::{BYDELE, KVARTERER};
    /// assert_eq!(KVARTERER.opening_view().b_group.unwrap().members, ["20601", "20602", "20603"]);
    /// assert_eq!(BYDELE.opening_view().indicator, None);
    /// ```
    pub fn opening_view(&self) -> ViewSpec {
        let mut v = ViewSpec {
            example: Some(self.id.to_owned()),
            ..ViewSpec::default()
        };
        let ids = |xs: &[&str]| xs.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        match self.id {
            "kommuner" => {
                v.mode = crate::classify::modes::Mode::Bivariate;
                v.bx = Some("disposable_income_raw".into());
                v.by = Some("voter_turnout_pct".into());
                v.indicator = Some("disposable_income_raw".into());
                v.a = Some("0157".into());
                v.b = Some("0360".into());
            }
            "kvadratnet" => {
                v.indicator = Some("befolkning".into());
                v.a = OSTERBRO_CELLS.first().map(|c| (*c).to_owned());
                v.b = SYDHAVNEN_CELLS.first().map(|c| (*c).to_owned());
                v.a_group = Some(AreaGroup {
                    name: "Østerbro".into(),
                    members: ids(&OSTERBRO_CELLS),
                });
                v.b_group = Some(AreaGroup {
                    name: "Sydhavnen".into(),
                    members: ids(&SYDHAVNEN_CELLS),
                });
            }
            "kvarterer" => {
                v.indicator = Some("higher_ed".into());
                v.year = Some(2025);
                v.a = Some("20301".into());
                v.b = Some("20601".into());
                v.a_group = Some(AreaGroup {
                    name: "Østerbro".into(),
                    members: (1..=11).map(|i| format!("203{i:02}")).collect(),
                });
                v.b_group = Some(AreaGroup {
                    name: "Sydhavnen".into(),
                    members: ids(&["20601", "20602", "20603"]),
                });
            }
            _ => {}
        }
        v
    }

    /// Why district `b` of `atlas` is B, when that needs saying: it holds Sydhavnen
    /// without being named so (on the official bydele, Vesterbro-Kongens Enghave).
    ///
    /// ```
    /// use atlas_core::model::district::Area;
    /// use atlas_core::present::examples::BYDELE;
    /// use atlas_core::Lang;
    /// let mut a = atlas_core::Atlas::default();
    /// a.districts = vec![Area::new("02", "Østerbro"), Area::new("04", "Vesterbro-Kongens Enghave")];
    /// assert!(BYDELE.b_note(&a, 1, Lang::Da).unwrap().contains("Sydhavnen"));
    /// assert_eq!(BYDELE.b_note(&a, 0, Lang::Da), None);
    /// ```
    pub fn b_note(&self, atlas: &Atlas, b: usize, lang: Lang) -> Option<&'static str> {
        let holds = sydhavn_holder(atlas) == Some(b)
            && atlas
                .districts
                .get(b)
                .is_some_and(|d| d.name != "Sydhavnen");
        if !holds {
            return None;
        }
        match lang {
            Lang::Da => self.b_note_da,
            Lang::En => self.b_note_en,
        }
    }
}

/// The demo: illustrative figures on the real map (11 areas).
pub const DEMO: Example = Example {
    id: "demo",
    title_da: "Demo: ressourcer og samskabelse (illustrative tal)",
    title_en: "Demo: resources and co-creation (illustrative figures)",
    boundaries: "demo/bydele.geojson",
    table: "demo/indikatorer.csv",
    meta: "demo/indikatorer.meta.json",
    story: "demo/fortaelling.json",
    ready: "demo/forberedt.bin",
    boundaries_da: "Københavns Kommune, bydele 2024 og lokaludvalg 2014, bearbejdet",
    boundaries_en: "City of Copenhagen, districts 2024 and local committees 2014, adapted",
    noun: Noun::Bydel,
    b_note_da: None,
    b_note_en: None,
};

/// Københavns bydele i tal: the 10 official bydele with real figures.
pub const BYDELE: Example = Example {
    id: "bydele",
    title_da: "Københavns bydele i tal (Københavns Statistikbank)",
    title_en: "Copenhagen's districts in figures (City of Copenhagen statistics)",
    boundaries: "eksempler/bydele/bydele.geojson",
    table: "eksempler/bydele/tal.csv",
    meta: "eksempler/bydele/tal.meta.json",
    story: "eksempler/bydele/fortaelling.json",
    ready: "eksempler/bydele/forberedt.bin",
    boundaries_da: "Københavns Kommune, bydele 2024, bearbejdet",
    boundaries_en: "City of Copenhagen, districts 2024, adapted",
    noun: Noun::Bydel,
    b_note_da: Some(
        "B er Vesterbro-Kongens Enghave: i de officielle bydele og i statistikken er Sydhavnen en del af den bydel.",
    ),
    b_note_en: Some(
        "B is Vesterbro-Kongens Enghave: in the official districts and in the statistics, Sydhavnen is part of that district.",
    ),
};

/// Københavns kvarterer 2016–2026: the 67 kvarterer with 12 yearly series; opens on
/// Østerbro (its 11 kvarterer) against Sydhavnen (Bavnehøj, Gl. Sydhavn, Holmene).
pub const KVARTERER: Example = Example {
    id: "kvarterer",
    title_da: "Københavns kvarterer 2016–2026 (Københavns Kommunes statistikbank)",
    title_en: "Copenhagen's neighbourhoods 2016–2026 (City of Copenhagen statistics)",
    boundaries: "eksempler/kvarterer/kvarterer.geojson",
    table: "eksempler/kvarterer/tal.csv",
    meta: "eksempler/kvarterer/tal.meta.json",
    story: "eksempler/kvarterer/fortaelling.json",
    ready: "eksempler/kvarterer/forberedt.bin",
    boundaries_da: "Københavns Kommune, kvarterer (opendata.dk), bearbejdet",
    boundaries_en: "City of Copenhagen, neighbourhoods (opendata.dk), adapted",
    noun: Noun::Kvarter,
    b_note_da: None,
    b_note_en: None,
};

/// Danmarks kommuner: the 98 municipalities (DAWA) with real figures from Danmarks
/// Statistik and Den Nationale Sundhedsprofil 2025 on resources, need and co-creation
/// capacity; opens on disposable income against KV21 turnout, Gentofte against Lolland.
pub const KOMMUNER: Example = Example {
    id: "kommuner",
    title_da: "Danmarks kommuner: ressourcer og samskabelse",
    title_en: "Denmark's municipalities: resources and co-creation",
    boundaries: "eksempler/kommuner/kommuner.geojson",
    table: "eksempler/kommuner/tal.csv",
    meta: "eksempler/kommuner/tal.meta.json",
    story: "eksempler/kommuner/fortaelling.json",
    ready: "eksempler/kommuner/forberedt.bin",
    boundaries_da: "Klimadatastyrelsen, kommunegrænser (DAGI via DAWA), bearbejdet",
    boundaries_en: "Danish Agency for Climate Data, municipal boundaries (DAGI via DAWA), adapted",
    noun: Noun::Kommune,
    b_note_da: None,
    b_note_en: None,
};

/// «Befolkning 2021, 1 km-net»: Danmarks Statistik's residents per 1 km cell of the
/// European grid; the table is its own map (its cells' codes are the geometry).
pub const KVADRATNET: Example = Example {
    id: "kvadratnet",
    title_da: "Befolkning 2021, 1 km-net",
    title_en: "Population 2021, 1 km grid",
    boundaries: "eksempler/kvadratnet/befolkning.csv",
    table: "eksempler/kvadratnet/befolkning.csv",
    meta: "eksempler/kvadratnet/befolkning.meta.json",
    story: "eksempler/kvadratnet/fortaelling.json",
    ready: "",
    boundaries_da: "Danmarks Statistik: det europæiske 1 km-net (ETRS89-LAEA, EPSG:3035); cellerne tegnes ud fra deres koder",
    boundaries_en: "Statistics Denmark: the European 1 km grid (ETRS89-LAEA, EPSG:3035); the cells are drawn from their codes",
    noun: Noun::Celle,
    b_note_da: None,
    b_note_en: None,
};

/// The cells of Østerbro's and Sydhavnen's kvarterer (their centres inside), for
/// the grid example's A and B (`tools/derive`'s `kvadratnet::cells_in` makes them;
/// its test checks these).
pub const OSTERBRO_CELLS: [&str; 8] = [
    "1kmN3624E4482",
    "1kmN3624E4483",
    "1kmN3624E4484",
    "1kmN3625E4482",
    "1kmN3625E4483",
    "1kmN3625E4484",
    "1kmN3626E4482",
    "1kmN3627E4482",
];
pub const SYDHAVNEN_CELLS: [&str; 4] = [
    "1kmN3618E4480",
    "1kmN3618E4481",
    "1kmN3619E4480",
    "1kmN3619E4481",
];

/// Every built-in example, the demo first.
pub const EXAMPLES: [&Example; 5] = [&DEMO, &BYDELE, &KVARTERER, &KOMMUNER, &KVADRATNET];

/// The example a link word names.
///
/// ```
/// use atlas_core::present::examples::example;
/// assert_eq!(example("bydele").map(|e| e.table), Some("eksempler/bydele/tal.csv"));
/// assert!(example("nope").is_none());
/// ```
pub fn example(id: &str) -> Option<&'static Example> {
    EXAMPLES.into_iter().find(|e| e.id == id)
}
