//! The catalogue's indexes, built once every record is in place: by id, by kind, and the
//! backlink table.

use std::collections::HashMap;

use crate::catalog::{
    Backlink, COUNTED_AT_LOAD, Catalog, Field, Kind, RecordId, ValueRef, count_referrers,
};
use crate::text::fold;

/// Fill the catalogue's indexes: by id, by kind (sorted by folded name), and backlinks as one
/// flat array with offsets, so a million records cost two allocations rather than a million.
/// Each record's backlinks are sorted once here, by the referring record's kind, the field and
/// the name, the order every view shows them in. The independent sorts run on all cores.
pub(super) fn index(catalog: &mut Catalog) {
    let n = catalog.len();
    let view: &Catalog = catalog;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = n.div_ceil(cores).max(1);
    let ids: Vec<RecordId> = view.ids().collect();

    // Folded names with their numbers as numbers (the sort key of every list: "Company 2"
    // before "Company 10"), in parallel.
    let folded: Vec<String> = crate::parallel::map(ids.chunks(chunk).collect(), |part| {
        part.iter()
            .map(|&id| crate::text::natural_key(fold(view.get(id).name())))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect();

    // A company's `stand` is text, but where the floor plan has that stand it is a link: the
    // stand's page and the plan list the company even when the stand's `companies` does not.
    let stands_by_label = stands_by_label(view, &ids);
    let at_stand: Vec<(RecordId, RecordId)> = if stands_by_label.is_empty() {
        Vec::new()
    } else {
        ids.iter()
            .filter(|&&id| view.get(id).kind() == Kind::Company)
            .filter_map(|&company| {
                let label = crate::text::slug(view.get(company).text(Field::Stand)?);
                let stand = *stands_by_label.get(&label)?;
                // A stand that lists the company links to it already.
                let listed = view
                    .get(stand)
                    .get(Field::Companies)
                    .is_some_and(|listed| listed.links().contains(&company));
                (!listed).then_some((company, stand))
            })
            .collect()
    };
    let links_of = |record: RecordId| {
        let placed = at_stand
            .binary_search_by_key(&record, |&(company, _)| company)
            .ok()
            .map(|i| (Field::Stand, at_stand[i].1));
        view.get(record).links().chain(placed)
    };

    let mut by_kind: Vec<Vec<RecordId>> = vec![Vec::new(); Kind::ALL.len()];
    let mut counts = vec![0u32; n + 1];
    for &record in &ids {
        by_kind[view.get(record).kind().index()].push(record);
        for (_, target) in links_of(record) {
            counts[target.index()] += 1;
        }
    }
    let by_name = |a: &RecordId, b: &RecordId| {
        (&folded[a.index()], view.get(*a).id()).cmp(&(&folded[b.index()], view.get(*b).id()))
    };
    let mut by_id = ids;
    let mut lists: Vec<&mut Vec<RecordId>> = vec![&mut by_id];
    lists.extend(by_kind.iter_mut());
    // The by-id list is ordered by id, the programme by when it happens (all-day items first
    // on their day), the lists of the other kinds by folded name.
    let when = |id: &RecordId| {
        let record = view.get(*id);
        let day = match record.get(Field::Day) {
            Some(ValueRef::Date(day)) => Some(day),
            _ => None,
        };
        let start = match record.get(Field::StartTime) {
            Some(ValueRef::Time(time)) => Some(time),
            _ => None,
        };
        (day.is_none(), day, start)
    };
    crate::parallel::map(lists.into_iter().enumerate().collect(), |(n, list)| match n {
        0 => list.sort_unstable_by(|a, b| view.get(*a).id().cmp(view.get(*b).id())),
        n if n - 1 == Kind::ScheduleItem.index() => {
            list.sort_unstable_by(|a, b| when(a).cmp(&when(b)).then_with(|| by_name(a, b)));
        }
        _ => list.sort_unstable_by(by_name),
    });
    let mut name_rank = vec![0u32; n];
    for list in &by_kind {
        for (rank, id) in list.iter().enumerate() {
            name_rank[id.index()] = u32::try_from(rank).unwrap_or(u32::MAX);
        }
    }
    drop(folded);

    let mut offsets = Vec::with_capacity(n + 1);
    let mut total = 0u32;
    for count in &counts {
        offsets.push(total);
        total += count;
    }
    let mut fill = offsets.clone();
    let mut backlinks = vec![Backlink { from: RecordId(0), field: Field::Id }; total as usize];
    for from in view.ids() {
        for (field, target) in links_of(from) {
            let slot = &mut fill[target.index()];
            backlinks[*slot as usize] = Backlink { from, field };
            *slot += 1;
        }
    }
    // Each record's backlinks, sorted; the targets are split into runs, one per core.
    let kind_order = |kind: Kind| Kind::ALL.iter().position(|k| *k == kind).unwrap_or(usize::MAX);
    let sort_key =
        |b: &Backlink| (kind_order(view.get(b.from).kind()), b.field, name_rank[b.from.index()]);
    let mut runs = Vec::new();
    let mut rest: &mut [Backlink] = &mut backlinks;
    for start in (0..n).step_by(chunk) {
        let end = (start + chunk).min(n);
        let len = (offsets[end] - offsets[start]) as usize;
        let (mine, others) = std::mem::take(&mut rest).split_at_mut(len);
        rest = others;
        runs.push((start, end, mine));
    }
    let referrer_counts = crate::parallel::map(runs, |(start, end, mine)| {
        let base = offsets[start] as usize;
        let mut counted = Vec::new();
        for target in start..end {
            let slice =
                &mut mine[offsets[target] as usize - base..offsets[target + 1] as usize - base];
            slice.sort_by_key(sort_key);
            if slice.len() > COUNTED_AT_LOAD {
                let counts = count_referrers(slice, |from| view.get(from).kind());
                counted.push((RecordId::from_usize(target), counts));
            }
        }
        counted
    })
    .into_iter()
    .flatten()
    .collect::<HashMap<_, _>>();
    catalog.by_id = by_id;
    catalog.by_kind = by_kind;
    catalog.backlink_offsets = offsets;
    catalog.backlinks = backlinks;
    catalog.referrer_counts = referrer_counts;
    catalog.stands_by_label = stands_by_label;
    catalog.index_made_in();
}

/// Each stand by its label's slug, the way a stand's id is made from its label, so "b-12",
/// "B-12" and "B 12" are one stand whoever wrote it. The first stand with a label wins, as ids
/// do (a second is an error of its own).
fn stands_by_label(view: &Catalog, ids: &[RecordId]) -> HashMap<String, RecordId> {
    let mut by_label = HashMap::new();
    for &stand in ids.iter().filter(|&&id| view.get(id).kind() == Kind::Stand) {
        let slug = view.get(stand).text(Field::Label).map(crate::text::slug);
        if let Some(slug) = slug.filter(|slug| !slug.is_empty()) {
            by_label.entry(slug).or_insert(stand);
        }
    }
    by_label
}
