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

## --help : la description de showfloor et de ses options (`help-OPTION`), celle de chaque
## commande (`help-COMMANDE-about`) et de ses arguments (`help-COMMANDE-ARGUMENT`) ;
## `{ $kinds }` est la liste des genres de fiches. Une ligne ici est ce que montre `-h` ;
## `…-long-about` est le texte plus long de `--help`.
help-about = Explorer un salon d'exposition depuis le terminal.
help-long-about = Explorer un salon d'exposition depuis le terminal : exposants, leurs systèmes, délégations en visite, personnes, organisations, pays et programme, liés entre eux et consultables hors ligne. Sans commande, ouvre le catalogue (celui de BAMEX 2025, intégré, sauf si --data en désigne un autre).
help-data = Lire le catalogue dans PATH au lieu du catalogue BAMEX 2025 intégré : un dossier (tous les *.toml qu'il contient), un fichier de catalogue, ou un fichier publié ouvert tel quel : un programme (XML frab/Pentabarf, JSON c3voc, iCalendar) ou un tableur d'exposants (CSV, XLSX, ODS), son format reconnu à son contenu. Répéter pour en fusionner plusieurs
help-columns = Quelles colonnes du tableur contiennent quoi, quand les en-têtes ne sont pas de ceux que showfloor connaît : `name=B,stand=D,country=Pays` (une lettre de colonne, ou son en-tête). Champs : name, stand, country, website, sectors, summary, products
help-state = Garder marques et notes dans FILE au lieu du dossier de données de la plateforme (un fichier par catalogue, au nom de son événement)
help-now = Prendre pour heure TIME (2025-11-13T10:00), à l'heure locale de l'événement (son `timezone`), au lieu de celle de l'horloge : le « maintenant » et le « ensuite » du programme la suivent
help-keep-going = Utiliser un catalogue qui comporte des erreurs : ce qu'elles touchent est écarté (une fiche sans identifiant ni nom, un doublon, un champ du mauvais type, une référence pendante), les erreurs sont affichées d'abord, et l'explorateur en donne le nombre dans son en-tête. `check` n'est pas affecté
help-compare-to = Dans l'explorateur, signaler les fiches nouvelles ou modifiées depuis l'édition de DIR (`showfloor diff DIR NEW` liste les changements)
help-out = Dans l'explorateur, écrire les exports de `x` (le programme) et `E` (la liste) dans DIR au lieu du dossier courant. Un export antérieur n'est jamais remplacé : le suivant est numéroté
help-config = Lire la configuration dans FILE au lieu de SHOWFLOOR_CONFIG ou de config.toml dans le dossier de configuration de la plateforme (`showfloor config` indique où il se trouve)
help-lang = La langue de l'interface : en ou fr. À défaut, le `language` de la configuration, puis LC_ALL, LC_MESSAGES ou LANG, puis l'anglais
help-check-about = Vérifier un catalogue et signaler chaque problème sous la forme PATH:LINE:COL: error: MESSAGE
help-info-about = Résumer le catalogue : l'événement, et le nombre de fiches de chaque genre
help-search-about = Chercher dans toutes les fiches : chaque mot doit correspondre, dans n'importe quel ordre (les noms d'abord, puis alias, identifiants, étiquettes, faits, fiches liées et résumés) ; les opérateurs de fzf fonctionnent (voir plus bas)
help-search-query = Ce qu'il faut chercher ; la casse et les accents sont ignorés
help-search-kind = Seulement les fiches de ce genre : { $kinds } (un pluriel, ou le début du nom d'un seul genre, convient aussi)
help-search-limit = Afficher au plus N résultats (0 pour tous) ; sur un terminal, indique sur la sortie d'erreur combien ont été écartés
help-search-filters = Seulement les fiches dont le champ FIELD vaut VALUE (casse et accents ignorés), p. ex. --where country=Türkiye. Répéter un champ pour des variantes ; des champs différents doivent tous être satisfaits
help-search-json = Afficher du JSON pour les programmes
help-search-syntax = Syntaxe des requêtes (celle de fzf ; la même dans l'explorateur) :
help-search-examples = Exemples :
help-search-nothing-found = Rien trouvé : un message sur la sortie d'erreur et le code de sortie 1.
help-show-about = Afficher une fiche avec tous ses champs, ses liens et ses renvois
help-show-id = L'identifiant de la fiche, ou un nom ou alias qu'une seule fiche porte, casse et accents ignorés (« Bayraktar TB2 », « tb2 ») ; un pays aussi par n'importe lequel de ses noms ou son gentilé (« turkey », « Turkish »)
help-show-json = Afficher du JSON pour les programmes
help-export-about = Exporter votre programme, ou les fiches d'un genre, en Markdown, iCalendar, CSV ou JSON
help-export-plan-about = Les fiches marquées (avec la touche m de l'explorateur), avec leurs faits, leurs liens et vos notes
help-export-plan-format = md : une note de synthèse Markdown ; ics : les créneaux marqués du programme en iCalendar ; json
help-export-plan-format-md = Une note de synthèse Markdown
help-export-plan-format-ics = Un fichier iCalendar des créneaux marqués du programme
help-export-plan-format-json = JSON, pour les programmes
help-export-plan-out = Écrire dans FILE au lieu de la sortie standard
help-export-list-about = Toutes les fiches d'un genre, restreintes par --where, en CSV, en JSON ou en dossier Markdown
help-export-list-kind = { $kinds } (un pluriel, ou le début du nom d'un seul genre, convient aussi)
help-export-list-filters = Seulement les fiches dont le champ FIELD vaut VALUE, comme pour `showfloor list`
help-export-list-format = csv : une colonne par champ, dans un ordre fixe ; json ; md : un dossier à lire
help-export-list-format-csv = CSV : une ligne d'en-têtes, puis une ligne par fiche ; les listes jointes par « ; »
help-export-list-format-json = JSON, pour les programmes : un tableau de fiches, tel que l'écrit `list --json`
help-export-list-format-md = Un dossier Markdown : chaque fiche avec ses faits et son résumé
help-export-list-out = Écrire dans FILE au lieu de la sortie standard
help-compare-about = Deux à quatre fiches côte à côte : faits et caractéristiques alignés, unités converties, différences marquées par ≠
help-compare-ids = Les identifiants des fiches, ou leurs noms ou alias, comme pour `show`
help-compare-json = Afficher du JSON pour les programmes
help-diff-about = Ce qui a changé entre deux éditions d'un catalogue : fiches ajoutées, retirées et modifiées, champ par champ
help-diff-old = Le dossier de l'édition antérieure
help-diff-new = Le dossier de l'édition suivante
help-diff-json = Afficher du JSON pour les programmes
help-list-about = Lister toutes les fiches d'un genre, par nom (le programme par jour et heure de début)
help-list-kind = { $kinds } (un pluriel, ou le début du nom d'un seul genre, convient aussi)
help-list-filters = Seulement les fiches dont le champ FIELD vaut VALUE (casse et accents ignorés), p. ex. --where country=Türkiye. Répéter un champ pour des variantes ; des champs différents doivent tous être satisfaits
help-list-json = Afficher du JSON pour les programmes
help-import-about = Convertir des programmes (XML frab/Pentabarf, JSON c3voc, iCalendar) et des tableurs d'exposants (CSV, XLSX, ODS) en un catalogue dans DIR que `showfloor --data DIR check` accepte, à compléter à la main. Les identifiants sont stables : importer de la même façon une édition suivante garde les identifiants de ce qui n'a pas changé, et `showfloor diff OLD NEW` montre ce que les organisateurs ont modifié. Rien n'est écrit si un fichier comporte des erreurs (sauf avec --keep-going), et aucun fichier n'est remplacé
help-import-files = Les fichiers à importer ; leur format est reconnu à leur contenu
help-import-out = Le dossier où écrire le catalogue (créé s'il manque ; son parent doit exister)
help-config-about = Où la configuration est cherchée, et la configuration en vigueur (touches comprises)
help-config-long-about =
    Où la configuration est cherchée, et la configuration en vigueur (touches comprises).

    La configuration fixe les catalogues à ouvrir, le fichier d'état, la souris, le thème et les couleurs, et les touches ; voir `showfloor config --default` pour tous les réglages, commentés.
help-config-default = Afficher une configuration par défaut complète, commentée, à copier et modifier
help-config-check = Vérifier la configuration : chaque problème sous la forme PATH:LINE:COL: error: MESSAGE, code de sortie 1 s'il y en a
help-completions-about = Afficher un script de complétion pour votre shell
help-completions-long-about =
    Afficher un script de complétion pour votre shell.

    bash : `showfloor completions bash > ~/.local/share/bash-completion/completions/showfloor` ; zsh : un fichier `_showfloor` dans un dossier de $fpath ; fish : ~/.config/fish/completions/showfloor.fish.
help-completions-shell = bash, zsh, fish, elvish ou powershell

## Les mots de clap dans --help : les titres, --help, --version et la commande `help`, et ce
## qu'il ajoute après l'aide d'un argument (écrit par showfloor seulement là où ces mots
## diffèrent de l'anglais de clap). Les erreurs d'analyse de clap restent en anglais : clap ne
## permet pas de les traduire.
help-clap-usage = Utilisation :
help-clap-commands = Commandes :
help-clap-arguments = Arguments :
help-clap-options = Options :
help-clap-help = Afficher l'aide
help-clap-help-more = Afficher l'aide (davantage avec '--help')
help-clap-help-summary = Afficher l'aide (un résumé avec '-h')
help-clap-version = Afficher la version
help-clap-help-command = Afficher ce message ou l'aide des commandes indiquées
help-clap-help-for = Afficher l'aide de ces commandes
help-clap-default = par défaut
help-clap-default-is = [par défaut : { $values }]
help-clap-possible-values = valeurs possibles
help-clap-possible-values-are = [valeurs possibles : { $values }]
help-clap-possible-values-heading = Valeurs possibles :
help-clap-value-colon = { " :" }

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
