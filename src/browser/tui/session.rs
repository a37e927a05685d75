//! Opening a session: the state file's marks and notes taken in (or why they will not be
//! saved), and badges for what changed since an earlier edition (`--compare-to`).

use super::*;

/// Badge what is new or changed since the edition in `old`; if it cannot be read, say so and
/// browse without badges.
pub(super) fn badge_edition_changes(app: &mut App, old: PathBuf, earlier: Roots) {
    let shown = old.display().to_string();
    let loaded = earlier.load();
    if loaded.error_count() > 0 {
        let notice =
            crate::tr!("notice-compare-broken", path = &shown, errors = loaded.error_count());
        update(app, Msg::Notice(notice));
        return;
    }
    let earlier = crate::features::diff::Earlier::new(&old, loaded.catalog, app.catalog());
    let found = earlier.diff();
    let notice = crate::tr!(
        "notice-compared",
        path = &shown,
        added = found.added.len(),
        changed = found.changed.len(),
        removed = found.removed.len()
    );
    app.set_earlier(earlier);
    update(app, Msg::Notice(notice));
}

/// Open the catalogue's state file and load it into `app`; a problem (a file moved aside, no
/// place to keep state) is shown in the status bar and browsing goes on.
pub(super) fn open_state(app: &mut App, state_file: Option<PathBuf>) -> Option<Store> {
    let catalogue = state::catalogue_key(app.catalog());
    // The default place's folder is made on the first save; a path the user typed gets only
    // its file, so a typo is an error rather than a new tree of folders.
    let default = state_file.is_none();
    let Some(path) = state_file.or_else(|| state::default_path(&catalogue)) else {
        let why = crate::tr!("notice-no-data-directory");
        let notice = crate::tr!("notice-not-kept", why = why);
        update(app, Msg::NotSaved { why: why.into(), notice });
        return None;
    };
    match Store::open(path, &catalogue) {
        Ok(mut opened) => {
            if default {
                opened.store.make_folder();
            }
            app.set_state(opened.state);
            let kept = crate::features::plan::not_in_catalogue(app.catalog(), app.state()).len();
            let export_key = app
                .keymap()
                .bindings_in(crate::browser::app::Context::Global)
                .find(|binding| binding.action() == Some(&Action::ExportPlan))
                .map_or_else(String::new, |binding| {
                    format!(" ({})", crate::browser::app::keymap::keys_text(binding))
                });
            let notice = opened.notice.or_else(|| {
                (kept > 0)
                    .then(|| crate::tr!("notice-kept-elsewhere", count = kept, key = &export_key))
            });
            if let Some(notice) = notice {
                update(app, Msg::Notice(notice));
            }
            Some(opened.store)
        }
        Err(error) => {
            let notice = crate::tr!("notice-not-kept", why = error.to_string());
            update(app, Msg::NotSaved { why: error.to_string(), notice });
            None
        }
    }
}
