//! The schema against itself: every field's roles suit its type in every kind.

use super::*;

/// The roles a field is given must suit the values every kind writes in it: a facet holds
/// short shared values, search reads only values with words, exports leave out what the
/// loader nests or sets.
#[test]
fn every_fields_roles_suit_its_type_in_every_kind() {
    for kind in Kind::ALL {
        for spec in fields_of(kind) {
            let (field, def) = (spec.field, spec.field.def());
            let wordless = matches!(
                spec.ty,
                FieldType::Date | FieldType::Time | FieldType::Bool | FieldType::Count
            );
            assert!(
                !(wordless && def.search.is_some()),
                "{field} in {kind:?} has no words to search"
            );
            assert!(
                def.search.is_some() || wordless || field == Field::Sources,
                "{field} in {kind:?} has words but is not searched"
            );
            let shared = matches!(
                spec.ty,
                FieldType::Text
                    | FieldType::TextList
                    | FieldType::Country
                    | FieldType::CountryList
                    | FieldType::OperatorList
                    | FieldType::Ref(_)
                    // A delegation's members and interests: records many share.
                    | FieldType::RefList(_)
            );
            assert!(!def.facet || shared, "{field} in {kind:?} cannot be a facet");
            let nested = matches!(spec.ty, FieldType::Children(_) | FieldType::Parent(_));
            assert_eq!(def.export, !nested, "{field} in {kind:?}: exported iff written flat");
        }
    }
}

#[test]
fn each_compared_field_has_a_place_of_its_own() {
    let mut places: Vec<u8> = Field::ALL.iter().filter_map(|f| f.def().compare).collect();
    let count = places.len();
    places.sort_unstable();
    places.dedup();
    assert_eq!(places.len(), count, "two compared fields share a place: their order is open");
}

#[test]
fn the_table_is_in_the_order_of_the_fields() {
    assert_eq!(Field::ALL.len(), FIELDS.len());
    for (at, field) in Field::ALL.iter().enumerate() {
        assert_eq!(*field as usize, at);
    }
    assert_eq!(Field::MemberStates.key(), "member_states");
    assert_eq!(Field::MemberStates.label(), "Member states");
}

/// Every field's label and every kind's names are messages both languages have.
#[test]
fn every_field_and_kind_is_named_in_every_language() {
    use crate::i18n::{Lang, speak};
    for lang in Lang::ALL {
        let _speaking = speak(lang);
        for field in Field::ALL {
            assert!(!field.label().starts_with("field-"), "{}: {field:?}", lang.code());
        }
        for kind in crate::catalog::Kind::ALL {
            assert!(!kind.label().starts_with("kind-"), "{}: {kind:?}", lang.code());
            assert!(!kind.plural().starts_with("kinds-"), "{}: {kind:?}", lang.code());
        }
    }
    let _french = speak(Lang::Fr);
    assert_eq!(Field::MemberStates.label(), "États membres");
    assert_eq!(crate::catalog::Kind::Company.plural(), "Entreprises");
}
