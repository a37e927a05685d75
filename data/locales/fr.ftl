# L'interface de showfloor en français. Chaque message a un identifiant (à gauche du `=`) et son
# texte ; le programme remplit ce qui est entre accolades (`{ $day }`). en.ftl a les mêmes
# identifiants : un test échoue si un message manque d'un côté, ou si ses `{ $… }` diffèrent.

## Jours et mois, comme on écrit les dates (en minuscules, en français).
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Une date en entier (« jeudi 13 novembre 2025 ») et en bref (« jeu. 13 nov. 2025 ») ; le
## premier du mois s'écrit « 1er ».
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
date-short = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }

### ---------------------------------------------------------------------------------------
### The browser: panes, titles, the status bar, help, the keys' descriptions, notices.
### ---------------------------------------------------------------------------------------

### ---------------------------------------------------------------------------------------
### The record's fields and kinds, as the browser and the command line name them.
### ---------------------------------------------------------------------------------------

### ---------------------------------------------------------------------------------------
### The command line: commands' output and errors, --help, the exports' headings.
### ---------------------------------------------------------------------------------------

## Ce que les commandes disent sur la sortie d'erreur : `erreur : …`, `avertissement : …`.
cli-error = erreur : { $message }
cli-warning = avertissement : { $message }
cli-note = remarque : { $message }

## showfloor check, et un catalogue qui comporte des erreurs.
cli-checked = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    }, { $records ->
        [one] { $records } fiche
       *[other] { $records } fiches
    } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
cli-keep-going = { $errors ->
        [one] on continue sans ce qu'exclut cette erreur (--keep-going)
       *[other] on continue sans ce qu'excluent ces { $errors } erreurs (--keep-going)
    }

## La configuration, telle qu'en parlent les commandes et `showfloor config`.
cli-config-problems = { $count ->
        [one] la configuration comporte { $count } problème ; ses valeurs par défaut s'appliquent
       *[other] la configuration comporte { $count } problèmes ; ses valeurs par défaut s'appliquent
    }
cli-config-notice = { $count ->
        [one] la configuration comporte { $count } problème, à { $line }:{ $column } ; les valeurs par défaut s'appliquent (showfloor config --check le détaille)
       *[other] la configuration comporte { $count } problèmes, le premier à { $line }:{ $column } ; les valeurs par défaut s'appliquent (showfloor config --check les liste)
    }
cli-config-no-directory = aucun dossier de configuration sur ce système ; indiquez une configuration avec --config FILE
cli-config-checked = { $path } vérifié : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
cli-config-looked-for = # La configuration est cherchée avec --config FILE, puis $SHOWFLOOR_CONFIG, puis config.toml
cli-config-read = # dans le dossier de configuration de la plateforme. Lue cette fois : { $path } ({ $why }).
cli-config-read-none = # dans le dossier de configuration de la plateforme. Lue cette fois : { $path } ({ $why }) : aucune configuration, les valeurs par défaut s'appliquent.
cli-config-read-missing = # dans le dossier de configuration de la plateforme. Lue cette fois : { $path } ({ $why }), absente : les valeurs par défaut s'appliquent.
cli-config-why-directory = le dossier de configuration
cli-config-in-effect = # En vigueur :
cli-config-in-effect-defaults = # En vigueur (la configuration a des problèmes : les valeurs par défaut) :

## Un `showfloor` seul : l'explorateur, et pourquoi il n'a pas pu s'ouvrir ou comment il a fini.
cli-out-before-command = --out { $dir } avant la commande fixe le dossier d'export de l'explorateur ; donnez à `export` ou à `import` son propre --out, après la commande
cli-no-terminal =
    { $reason }.
    Dans les scripts et les tubes, utilisez `showfloor search QUERY`, `showfloor show ID` ou `showfloor list KIND` (voir `showfloor --help`).
cli-terminal-failed = le terminal a fait défaut : { $reason }
cli-stopped-by-signal = showfloor : arrêté par le signal { $signal } ; marques et notes ont été enregistrées au fil des modifications
cli-unsaved = showfloor : vos dernières marques et notes n'ont pas pu être enregistrées (une autre session détenait le verrou du fichier d'état) ; elles sont dans { $path }

## info, show, search et diff, en texte simple.
cli-info-hint = Cherchez avec `showfloor search QUERY`, ouvrez une fiche avec `showfloor show ID`.
cli-show-links = Liens
cli-show-referenced-by = Cité par
cli-show-made-here = Fabriqués ici (systèmes dont le fabricant est établi dans ce pays, { $place }, par fabricant)
cli-search-cut = { $shown ->
        [one] { $shown } résultat affiché sur { $total } ; --limit 0 les affiche tous
       *[other] { $shown } résultats affichés sur { $total } ; --limit 0 les affiche tous
    }
cli-diff-added = ajoutée
cli-diff-removed = retirée
cli-diff-changed = modifiée  { $kind } { $id } ({ $name })
cli-diff-none = (néant)
cli-diff-totals = { $added ->
        [one] { $added } ajoutée
       *[other] { $added } ajoutées
    }, { $removed ->
        [one] { $removed } retirée
       *[other] { $removed } retirées
    }, { $changed ->
        [one] { $changed } modifiée
       *[other] { $changed } modifiées
    }

## showfloor import.
cli-import-folder = un dossier ; import lit des fichiers (un dossier de fichiers de catalogue s'ouvre avec --data)
cli-import-not-regular = pas un fichier ordinaire
cli-import-no-such-file = fichier introuvable
cli-import-already-catalogue = c'est déjà un catalogue showfloor : ouvrez-le avec --data, ou copiez-le
cli-import-errors = { $errors ->
        [one] rien n'a été écrit : { $errors } erreur ci-dessus ; corrigez-la, ou ajoutez --keep-going pour écrire ce qui a pu être lu
       *[other] rien n'a été écrit : { $errors } erreurs ci-dessus ; corrigez-les, ou ajoutez --keep-going pour écrire ce qui a pu être lu
    }
cli-import-nothing-read = rien n'a pu être lu dans { $path } ; aucun fichier n'est écrit pour lui
cli-import-nothing-to-import = rien n'a été écrit : aucun fichier n'a fourni de quoi importer
cli-import-wrote = { $path } écrit ({ $counts }, depuis { $from })
cli-import-check-it = vérifiez-le avec : showfloor --data { $dir } check
cli-import-taken = { $path } existe déjà et import ne remplace jamais un fichier ; rien n'a été écrit (importez dans un nouveau dossier, puis `showfloor diff OLD NEW` montre ce qui a changé)

## Ce qui peut arrêter une commande (chaque message suit `erreur : `).
cli-error-unknown-id = aucune fiche n'a pour identifiant, nom ou alias `{ $given }`
cli-error-unknown-id-did-you-mean = aucune fiche n'a pour identifiant, nom ou alias `{ $given }` (vouliez-vous dire `{ $text }` ?)
cli-error-unknown-id-did-you-mean-record = aucune fiche n'a pour identifiant, nom ou alias `{ $given }` (vouliez-vous dire `{ $text }`, { $kind } `{ $id }` ?)
cli-error-ambiguous = `{ $given }` est le nom ou l'alias de { $count } fiches : { $candidates } ; désignez celle que vous voulez par son identifiant
cli-error-candidate = { $kind } `{ $id }` ({ $name })
cli-error-more-candidates = { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }
cli-error-broken-catalogue = { $errors ->
        [one] le catalogue comporte { $errors } erreur, affichée ci-dessus ; corrigez-la, ou ajoutez --keep-going pour l'utiliser sans ce qu'elle exclut
       *[other] le catalogue comporte { $errors } erreurs, toutes affichées ci-dessus ; corrigez-les, ou ajoutez --keep-going pour l'utiliser sans ce qu'elles excluent
    }
cli-error-no-state-file = aucun dossier de données où trouver votre programme ; indiquez le fichier d'état avec --state FILE
cli-error-missing-state-file = aucun fichier d'état à { $path } : vérifiez le chemin donné à --state (rien n'a été exporté)
cli-error-no-match = rien ne correspond à `{ $query }`
cli-error-no-match-words = rien ne correspond à `{ $query }` ; chaque mot doit se retrouver quelque part dans une fiche : essayez avec moins de mots
cli-error-no-match-filtered = rien ne correspond à `{ $query }` avec ces filtres --where ({ $found ->
        [one] { $found } fiche correspond
       *[other] { $found } fiches correspondent
    } sans eux)
cli-error-nothing-left = aucune fiche { $kind } ne satisfait ensemble { $filters } ; chaque filtre, seul, en retient
cli-error-csv = impossible de produire le CSV : { $reason }
cli-error-write-file = impossible d'écrire { $path } : { $reason }
cli-error-write-stdout = impossible d'écrire sur la sortie standard : { $reason }
cli-error-write-stderr = impossible d'écrire sur la sortie d'erreur : { $reason }

## Les exports destinés à être lus : la note de synthèse Markdown du programme (et le nom et
## les notes de son calendrier), et le dossier Markdown d'une liste. Les en-têtes CSV et les
## clés JSON ne se traduisent pas.
export-fact = **{ $label }** : { $value }
export-plan-title = Mon programme : { $title }
export-plan-exported = Exporté par showfloor le { $date } à { $time } UTC. { $count ->
        [one] { $count } fiche marquée ou annotée.
       *[other] { $count } fiches marquées ou annotées.
    }
export-plan-overlaps = Chevauche
export-plan-note-edited = ma note, modifiée le { $edited }
export-plan-kept = Repris d'un catalogue antérieur
export-plan-kept-why = Marquées ou annotées, mais absentes de ce catalogue.
export-plan-kept-marked = { $id } (marquée)
export-plan-my-note = Ma note : { $note }
export-list-only = Restreint à : { $filters }.
export-list-id = Identifiant
export-list-sources = Sources : { $sources }

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
