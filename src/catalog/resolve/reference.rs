//! References made links: each id looked up with the kinds its field takes, operators read as
//! organisations or countries, aliases checked against every name, and references to no id
//! reported last, saying whose alias they are or what id was probably meant.

use super::{Resolver, Unknown};
use crate::catalog::diagnostic::Severity;
use crate::catalog::parse::{Anchored, RawValue, id_problem};
use crate::catalog::schema::{self, Field, FieldType};
use crate::catalog::suggest::did_you_mean;
use crate::catalog::value::{Span, Value, push_links};
use crate::catalog::{Kind, RecordId};
use crate::text::fold;

impl<'t> Resolver<'t> {
    pub(super) fn resolve_value(
        &mut self,
        file: usize,
        kind: Kind,
        field: Field,
        value: RawValue,
    ) -> Option<Value> {
        let allowed = match schema::fields_of(kind)
            .iter()
            .find(|spec| spec.field == field)
            .map(|spec| spec.ty)
        {
            Some(FieldType::Ref(kinds) | FieldType::RefList(kinds)) => kinds,
            _ => &[],
        };
        let list = |resolver: &mut Self, targets: Vec<RecordId>| -> Span {
            push_links(resolver.links, targets)
        };
        match value {
            RawValue::Ready(value) | RawValue::Aliases(value, _) => Some(value),
            RawValue::Ref(target) => self.reference(file, field, allowed, &target).map(Value::Link),
            RawValue::Refs(targets) => {
                let ids = targets
                    .iter()
                    .filter_map(|target| self.reference(file, field, allowed, target))
                    .collect();
                Some(Value::Links(list(self, ids)))
            }
            RawValue::Country(name) => self.country(file, &name).map(Value::Link),
            RawValue::Countries(names) => {
                let ids = names.iter().filter_map(|name| self.country(file, name)).collect();
                Some(Value::Links(list(self, ids)))
            }
            RawValue::Operators(names) => {
                let ids = names.iter().filter_map(|name| self.operator(file, name)).collect();
                Some(Value::Links(list(self, ids)))
            }
        }
    }

    /// Warn about an alias that is another record's name or alias: search would find both, and
    /// a reader could not tell which one the catalogue means.
    pub(super) fn check_aliases(
        &mut self,
        file: usize,
        id: &'t str,
        aliases: &[Anchored],
        names: &[(&'t str, &'t str)],
    ) {
        let known = self.known_names.get_or_insert_with(|| {
            names.iter().map(|&(id, name)| (fold(name), (id, false))).collect()
        });
        let mut found = Vec::new();
        for alias in aliases {
            let text = alias.text.of(self.text);
            let key = fold(text);
            match known.get(&key) {
                Some(&(owner, _)) if owner == id => {}
                Some(&(owner, is_alias)) => {
                    let message = if is_alias {
                        crate::tr!("catalog-alias-also-alias", alias = text, owner = owner)
                    } else {
                        crate::tr!("catalog-alias-also-name", alias = text, owner = owner)
                    };
                    found.push((alias.at, message));
                    let sharing = self.shared_aliases.entry(key).or_insert_with(|| vec![owner]);
                    if !sharing.contains(&id) {
                        sharing.push(id);
                    }
                }
                None => {
                    known.insert(key, (id, true));
                }
            }
        }
        for (at, message) in found {
            self.report(Severity::Warning, file, at, message);
        }
    }

    /// Report the references to no id, now that every alias is known: one that is a record's
    /// alias (or one several records share) says whose, since references take ids; any other
    /// gets a did-you-mean.
    pub(super) fn report_unknown_references(&mut self) {
        for unknown in std::mem::take(&mut self.unknown) {
            let Unknown { file, at, field, wanted, id, allowed } = unknown;
            let key = fold(&id);
            let owner = self.known_names.as_ref().and_then(|known| known.get(&key)).copied();
            let hint = if let Some(owners) = self.shared_aliases.get(&key) {
                let owners: Vec<String> = owners.iter().map(|o| format!("`{o}`")).collect();
                crate::tr!(
                    "catalog-reference-shared-alias",
                    id = &id,
                    count = owners.len(),
                    owners = owners.join(", ")
                )
            } else if let Some((owner, is_alias)) = owner {
                if is_alias {
                    crate::tr!("catalog-reference-alias", id = &id, owner = owner)
                } else {
                    crate::tr!("catalog-reference-name", id = &id, owner = owner)
                }
            } else {
                crate::catalog::parse::hint(self.guess(&id, &allowed))
            };
            let message = crate::tr!(
                "catalog-unknown-reference",
                field = field.key(),
                wanted = wanted,
                id = id,
                hint = hint
            );
            self.report(Severity::Error, file, at, message);
        }
    }

    /// The id of one of `kinds` closest to `word`, while the suggestion budget lasts.
    fn guess<'s>(&'s self, word: &str, kinds: &'s [Kind]) -> Option<&'s str> {
        let left = self.suggestions_left.get();
        if left == 0 {
            return None;
        }
        self.suggestions_left.set(left - 1);
        did_you_mean(word, self.ids_of(kinds))
    }

    /// The ids of every surviving record of one of `kinds`, for did-you-mean.
    fn ids_of<'s>(&'s self, kinds: &'s [Kind]) -> impl Iterator<Item = &'s str> + 's {
        self.id_to_raw
            .iter()
            .filter(|(_, raw)| kinds.contains(&self.kind_of[**raw]))
            .map(|(id, _)| *id)
    }

    fn reference(
        &mut self,
        file: usize,
        field: Field,
        allowed: &[Kind],
        target: &Anchored,
    ) -> Option<RecordId> {
        // "company or organisation"; a field that takes any kind says "record".
        let wanted = if allowed.len() > 3 {
            crate::tr!("catalog-any-record").to_owned()
        } else {
            let or = format!(" {} ", crate::tr!("catalog-or"));
            let kinds = allowed.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(&or);
            crate::tr!("catalog-records-of", kinds = kinds)
        };
        let id = target.text.of(self.text);
        let message = match self.id_to_raw.get(id) {
            Some(&raw) => {
                let found = self.kind_of[raw];
                if allowed.contains(&found) {
                    return self.kept[raw];
                }
                crate::tr!(
                    "catalog-wrong-kind",
                    field = field.key(),
                    wanted = wanted,
                    id = id,
                    found = found.name()
                )
            }
            None => {
                self.unknown.push(Unknown {
                    file,
                    at: target.at,
                    field,
                    wanted,
                    id: id.to_owned(),
                    allowed: allowed.to_vec(),
                });
                return None;
            }
        };
        self.report(Severity::Error, file, target.at, message);
        None
    }

    /// An operator is an organisation when it is an organisation's id, and a country otherwise.
    fn operator(&mut self, file: usize, name: &Anchored) -> Option<RecordId> {
        let text = name.text.of(self.text);
        if let Some(&raw) = self.id_to_raw.get(text)
            && self.kind_of[raw] == Kind::Organisation
        {
            return self.kept[raw];
        }
        if !self.countries.spellings.contains_key(text.trim())
            && id_problem(text).is_none()
            && let Some(guess) = self.guess(text, &[Kind::Organisation])
        {
            let message = crate::tr!("catalog-operator-as-country", operator = text, guess = guess);
            self.report(Severity::Warning, file, name.at, message);
        }
        self.country(file, name)
    }
}
