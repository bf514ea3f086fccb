//! The view's enum fields as store fields (feature `store`): a patch with a new
//! [`View`](super::view::View) notifies a field only when its value changed, as
//! `reactive_stores` does for numbers and strings.

use crate::classify::lisa::LisaOptions;
use crate::classify::methods::Method;
use crate::classify::modes::Mode;
use crate::classify::palette::Scheme;
use crate::geometry::weights::WeightsKind;
use crate::model::change::ChangeKind;
use crate::model::composite::Normalisation;
use crate::model::groups::AreaGroup;
use crate::present::view_spec::Panel;
use reactive_stores::{KeyMap, PatchField, StorePath};

macro_rules! patch_by_equality {
    ($($ty:ty),*) => {
        $(impl PatchField for $ty {
            fn patch_field(
                &mut self,
                new: Self,
                path: &StorePath,
                notify: &mut dyn FnMut(&StorePath),
                _keys: Option<&KeyMap>,
            ) {
                if new != *self {
                    *self = new;
                    notify(path);
                }
            }
        })*
    };
}

patch_by_equality!(
    Mode,
    Method,
    Scheme,
    ChangeKind,
    Normalisation,
    Panel,
    AreaGroup,
    WeightsKind,
    LisaOptions
);
