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

## Comment un nombre écrit ses décimales : « 0,3 ».
decimal-separator = { "," }

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

## The keys: what each action does (help), its short word (the status bar), the contexts' headings,
## and what a key does in one context where it says more than its action.
action-quit = quitter
action-up = monter
action-down = descendre
action-page-up = page précédente
action-page-down = page suivante
action-top = aller en haut
action-bottom = aller en bas
action-focus-next = volet suivant
action-focus-prev = volet précédent
action-open = ouvrir / suivre
action-leave = revenir d’un niveau
action-history-back = historique : reculer
action-history-forward = historique : avancer
action-open-search = tout rechercher
action-open-filter = filtrer cette liste
action-toggle-help = aide
action-close = fermer / effacer le filtre
action-accept = valider
action-insert = saisir
action-paste = coller
action-delete-back = effacer avant
action-delete-forward = effacer après
action-delete-word = effacer le mot
action-clear-input = vider la saisie
action-cursor-left = curseur à gauche
action-cursor-right = curseur à droite
action-cursor-start = curseur au début
action-cursor-end = curseur à la fin
action-click = choisir / suivre
action-scroll = faire défiler
action-toggle-mark = marquer / démarquer
action-open-note = écrire une note
action-export-plan = exporter Ma sélection (Markdown, iCalendar, JSON)
action-import-plan = fusionner une sélection exportée sur un autre appareil ou par un collègue (demande son fichier)
action-spatial = vers le stand le plus proche dans ce sens
action-zoom-in = zoomer
action-zoom-out = dézoomer
action-show-on-floor = montrer le stand de l’entreprise sur le plan
action-suspend = suspendre vers le shell (fg pour revenir)
action-open-facets = affiner la liste par pays, secteur, fabricant… (facettes)
action-toggle-facet = choisir la valeur ou la retirer
action-clear-facets = retirer toutes les facettes
action-copy-record = copier l’identifiant et le nom de la fiche (OSC 52, marche via SSH)
action-export-list = exporter cette liste, filtrée, en CSV et Markdown
action-toggle-compare = mettre la fiche dans le comparateur, ou l’en retirer
action-open-compare = comparer côte à côte les fiches du comparateur
action-empty-tray = vider le comparateur
hint-open = ouvrir
hint-leave = retour
hint-open-search = chercher
hint-open-filter = filtrer
hint-focus-next = volet
hint-history-back = historique
hint-close = fermer
hint-accept = ouvrir
hint-toggle-mark = marquer
hint-open-note = note
hint-export-plan = exporter la sélection
hint-spatial = aller
hint-show-on-floor = stand
hint-open-facets = facettes
hint-toggle-facet = choisir
hint-clear-facets = sans facettes
hint-copy-record = copier
hint-export-list = exporter la liste
hint-toggle-compare = comparateur
hint-open-compare = comparer
hint-empty-tray = vider
hint-up = aller
hint-down = aller
context-anywhere = Partout
context-browsing = Navigation (tout volet)
context-kinds = Volet des catégories
context-list = Volet de la liste
context-detail = Volet de la fiche
context-search = Recherche (/)
context-filter = Filtre de la liste (f)
context-help = Aide (?)
context-note = Éditeur de note (n)
context-floor = Plan du salon
context-facets = Facettes (F)
context-compare = Comparaison (C)
context-import-plan = Import d’une sélection (I)
key-clear-list-filter = effacer le filtre de la liste
key-next-kind = catégorie suivante
key-previous-kind = catégorie précédente
key-open-list = ouvrir la liste
key-next-record = fiche suivante
key-previous-record = fiche précédente
key-open-record = ouvrir la fiche
key-back-kinds = retour aux catégories
key-mark-unmark-record = marquer ou démarquer la fiche
key-write-note-record = écrire une note sur la fiche
key-next-link = lien suivant
key-previous-link = lien précédent
key-follow-link = suivre le lien
key-back-list = retour à la liste
key-stand-right = le stand à droite
key-stand-above = le stand au-dessus
key-stand-below = le stand au-dessous
key-open-exhibitor = ouvrir l’exposant
key-mark-unmark-stands-exhibitor = marquer ou démarquer l’exposant du stand
key-write-note-stands-exhibitor = écrire une note sur l’exposant du stand
key-open-result = ouvrir le résultat
key-close-changing-nothing = fermer sans rien changer
key-next-result = résultat suivant
key-previous-result = résultat précédent
key-mark-unmark-result = marquer ou démarquer le résultat
key-keep-filter = garder le filtre
key-import-this-file = fusionner la sélection de ce fichier
key-import-nothing = ne rien importer
key-type-path = taper le chemin du fichier (~/ pour votre dossier personnel)
key-clear-filter = effacer le filtre
key-next-value = valeur suivante
key-previous-value = valeur précédente
key-close-panel-keeping-choices = fermer le panneau en gardant les choix
key-close-comparison = fermer la comparaison
key-scroll-down = défiler vers le bas
key-scroll-up = défiler vers le haut
key-close-help = fermer l’aide
key-edit-note = modifier la note
key-mark-unmark-this-record = marquer ou démarquer cette fiche
key-write-note-this-record = écrire une note sur cette fiche
key-save-note-and-close = enregistrer la note et fermer (une note vide est supprimée)
key-stand-left = le stand à gauche (au bord, retour aux catégories)
key-show-stand-on-floor = montrer le stand de l’entreprise sur le plan
key-type-query = saisir la recherche
key-type-to-narrow = saisir pour restreindre la liste
key-type = saisir
key-nothing = rien (libérée par la config)
hint-word-keep = garder
hint-word-clear = effacer
hint-word-save = enregistrer

## The header, the help overlay's frame, the loading screen, a terminal too small.
ui-header-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
ui-help-title = Touches — Esc ferme
ui-loading-indexing = construction de l’index de recherche
ui-loading-reading = lecture du catalogue
ui-loading-progress = { $parsed } fichiers sur { $total } · { $records } fiches · { $seconds } s
ui-too-small = trop petit pour showfloor : il faut { $width }×{ $height }

## The panes' and overlays' titles.
ui-compare-title = Comparaison de { $count } ─ ≠ diffère ─ Esc ferme
ui-detail-title = Fiche
ui-preview-title = Aperçu : { $kind }
ui-rows-shown = { $first }–{ $last } sur { $total }
ui-facets-title = Facettes — { $shown } sur { $total } ─ Espace choisit
ui-facets-counting = décompte des valeurs de chaque facette…
ui-facets-none = aucune facette ici
ui-floor-zoom = zoom ×{ $times }
ui-floor-title = Plan du salon
ui-floor-none = Pas de plan : ce catalogue ne nomme ni hall ni stand, et showfloor n’en invente pas.
ui-note-title = Note sur { $name } — Esc enregistre

## The kinds and list panes.
ui-kinds-title = Catégories
ui-badge-new = NOUVEAU
ui-badge-changed = MODIFIÉ
ui-badge-now = en cours
ui-badge-today = aujourd’hui
ui-badge-next = ensuite
ui-badge-demo = DÉMO
ui-list-empty-title = Vide
ui-shown-of-total = { $shown } sur { $total }
ui-zone-time = heure de { $zone }
ui-list-nothing = rien ici
ui-list-no-match = rien ne correspond au filtre
ui-filter-prompt = filtre :

## The search box.
ui-search-title = Tout rechercher
ui-search-records = fiches
ui-search-pending = recherche… ({ $found } sur { $total } { $noun } pour l’instant)
ui-search-count = { $found } sur { $total } { $noun }
ui-search-note = note : { $note }
ui-search-no-match = aucun résultat

## A record's page.
detail-more = … et { $size } de plus (showfloor show { $id } affiche tout)
detail-bytes = { $count } octets
detail-kilobytes = { $count } ko
detail-megabytes = { $count } Mo
detail-confidence-low = fiabilité faible
detail-confidence-medium = fiabilité moyenne
detail-confidence-high = fiabilité élevée
value-confidence-low = faible
value-confidence-medium = moyenne
value-confidence-high = élevée
detail-as-of = à jour au { $date }
detail-your-note = Votre note
detail-edited = modifiée le { $time }
detail-links = Liens
detail-referenced-by = Cité par
detail-no-backlinks = aucune fiche ne renvoie à celle-ci
detail-made-here = Fabriqué ici
detail-systems-by = Systèmes de { $maker }
detail-defined-at = défini dans { $place }

## My plan, and what the browser says after a key.
ui-shelf-plan = Ma sélection
ui-plan-overlaps = chevauche { $names }
ui-plan-stand = stand { $stand }
ui-saved-now = vos marques et vos notes sont enregistrées
ui-marked = marqué : { $name }
ui-unmarked = démarqué : { $name }
ui-paste-cut = texte collé coupé aux { $limit } caractères de la ligne
ui-stand-shared = ce stand a { $count } exposants : Entrée les liste, pour en marquer ou annoter un
ui-note-saved = note enregistrée
ui-note-deleted = note supprimée
ui-note-empty = note vide non gardée
ui-no-facets = cette liste n’a pas de facettes pour l’affiner
ui-copied = « { $text } » copié dans le presse-papiers
ui-compare-needs-two = mettez d’abord au moins deux fiches dans le comparateur (c)
ui-export-one-kind = seule une liste d’une catégorie s’exporte (x exporte Ma sélection)
ui-no-stand = { $name } n’a pas de stand sur le plan
ui-stand-not-drawn = { $name } est au stand { $stand }, mais ce catalogue n’a pas de plan où le montrer
ui-stand-empty = personne n’est inscrit sur ce stand
ui-no-link-chosen = aucun lien choisi : ↓ va au premier
ui-no-link = aucun lien à suivre ici
ui-history-oldest = déjà à la page la plus ancienne
ui-history-newest = déjà à la page la plus récente
ui-tray-emptied = le comparateur est vide
ui-tray-out = { $name } retiré du comparateur ({ $count } dedans)
ui-tray-full = le comparateur contient { $max } fiches au plus ; retirez-en une d’abord (c dessus)
ui-tray-in = { $name } ajouté au comparateur ({ $count } sur { $max } ; C compare)

## What the search box takes (help, `showfloor search --help`, the README): what to type, and what it does.
syntax-title = Mots de recherche (boîte de recherche, filtre de liste, showfloor search)
syntax-words-typed = m1 m2
syntax-words = chaque mot doit correspondre, dans n’importe quel ordre, n’importe où dans la fiche
syntax-exact-typed = 'mot
syntax-exact = le mot tel qu’il est tapé : pas de lettres éparpillées dans un nom
syntax-prefix-typed = ^mot
syntax-prefix = une valeur (un nom, un alias, une étiquette…) commence par le mot
syntax-suffix-typed = mot$
syntax-suffix = une valeur finit par le mot
syntax-whole-typed = ^mot$
syntax-whole = une valeur est exactement le mot
syntax-not-typed = !mot
syntax-not = écarter les fiches qui contiennent le mot (!^mot, !mot$ aussi)
syntax-or-typed = a | b
syntax-or = l’un ou l’autre mot correspond
syntax-space-typed = a\ b
syntax-space = une espace à l’intérieur d’un mot
syntax-kind-typed = sys: kar
syntax-kind = une seule catégorie, dans la boîte de recherche (--kind en ligne de commande)
example-any-order = Abdoulaye Maïga : les mots dans tout ordre, accents ignorés
example-demonym = les drones de Türkiye : un gentilé et un genre d’objet
example-not = les drones, sauf le Kargu
example-prefix = les noms, alias, étiquettes… qui commencent par « bay »
example-or = l’un ou l’autre

## Interest shown in a company or a country through what it makes.
detail-interest-shown = Délégations intéressées
detail-interest-made-here = Délégations intéressées par ce qui est fabriqué ici
detail-interest-via = via { $names }
detail-interest-direct = directement
detail-interest-direct-and-via = directement et via { $names }

## The line asking for a plan file to import (I).
ui-import-plan-prompt = Importer une sélection depuis :
ui-import-plan-empty = tapez le chemin d’une sélection exportée en JSON, ou Esc

## La vue des relations (r) : les liens d’une fiche dans les deux sens, et les leurs, en arbre.
## → : la fiche du dessus nomme celle-ci dans ce champ ; ← : celle-ci nomme la fiche du dessus.
action-open-graph = afficher les relations de la fiche : ce qu’elle nomme et ce qui la nomme, à 1, 2 ou 3 liens
action-graph-deeper = un lien plus loin (jusqu’à 3)
action-graph-shallower = un lien plus près (jusqu’à 1)
hint-open-graph = relations
hint-graph-deeper = niveaux
hint-graph-shallower = niveaux
context-graph = Relations (r)
key-any-char = lettres
key-any-key = autres touches
key-graph-next = ligne suivante
key-graph-previous = ligne précédente
key-graph-open = ouvrir la fiche (sur un décompte, la fiche dont il dépend)
key-close-graph = fermer les relations
ui-graph-title = Relations de { $name } ─ niveau { $depth } sur { $max } ─ +/- niveaux ─ Esc ferme
ui-graph-trail = { $name } (relations)
ui-graph-shown-above = voir plus haut
ui-graph-shown-below = voir plus bas
ui-graph-deepest = déjà à { $max } liens, le plus loin que va la vue
ui-graph-nearest = déjà à 1 lien, le plus près que va la vue
ui-graph-nothing = aucune fiche ici dont montrer les relations
graph-interest-via-products = par ce qu’elle fabrique
graph-folded = + { $count } { $count ->
    [one] { $kind }
   *[other] { $kinds }
}

### ---------------------------------------------------------------------------------------
### The browser's notices from the terminal layer (saving, exports, loading), the features
### (compare, diff, facets, floor, plan) and the state file.
### ---------------------------------------------------------------------------------------

## What failed, and what it was doing: the system's reason follows, in its own words. French puts the preposition in the doing (« de dessiner », « d’écrire »).
error-cannot = impossible { $doing } : { $reason }
error-cannot-path = impossible { $doing } { $path } : { $reason }
doing-set-up-terminal = de préparer le terminal
doing-read-keyboard = de commencer à lire le clavier
doing-draw = de dessiner l’écran
doing-suspend = de se suspendre pour rendre la main au shell
doing-read-size = de lire la taille du terminal
doing-copy = de copier dans le presse-papiers
doing-write = d’écrire
doing-create-in = de créer un fichier dans
doing-create-folder = de créer le dossier
doing-start-input = de démarrer le fil de lecture du clavier

## What stands where a file was expected.
file-kind-directory = un dossier
file-kind-fifo = une FIFO
file-kind-char-device = un périphérique caractère
file-kind-block-device = un périphérique bloc
file-kind-socket = un socket
file-kind-other = un fichier spécial
file-is-not-regular = c’est { $what }, pas un fichier ordinaire
file-path-not-regular = { $path } n’est pas un fichier ordinaire

## The state file: marks and notes.
state-cannot-save = impossible d’enregistrer { $path } : { $reason }
state-cannot-read = impossible de lire { $path } : { $reason }
state-not-regular = { $path } est { $what }, pas un fichier ordinaire : marques et notes ne sont gardées que dans un fichier ordinaire (--state /dev/null n’enregistre rien)
state-locked = { $path } est verrouillé par une autre session
state-no-folder = impossible d’enregistrer { $path } : le dossier { $folder } n’existe pas (seul le fichier est créé)
state-too-large = il dépasse { $mib } Mio
state-newer = il a été écrit par un showfloor plus récent (version d’état { $version })
state-unparsable = il n’a pas pu être lu ({ $reason })
state-moved-aside = Votre fichier de marques et de notes a été déplacé vers { $path } parce qu’{ $problem } ; on repart de zéro.
state-moved-aside-on-save = Le fichier de marques et de notes sur le disque a été déplacé vers { $path } parce qu’{ $problem } ; les marques et notes de cette session sont enregistrées à sa place.
state-session-only = --state { $path } : marques et notes ne sont gardées que pendant cette session, sans être enregistrées
state-cannot-encode = impossible d’écrire les marques et les notes en TOML : { $reason }

## What the browser says about saving, exports and the session.
notice-change-waiting = modification en attente : { $why } ; elle sera enregistrée quand le verrou sera libéré
notice-not-saved = votre dernière modification n’est pas enregistrée : { $why }
notice-state-busy = le fichier d’état est occupé
notice-quit-waits = votre dernière modification n’est pas encore enregistrée ({ $why }) : patientez, ou x pour exporter la sélection, ou quittez à nouveau pour la laisser dans une copie à côté de { $path }
notice-draft-saved = la note en cours sur `{ $record }` a été enregistrée
notice-draft-aside = la note en cours n’a pas pu être enregistrée ({ $reason }) ; elle est dans { $path }
notice-plan-exported = sélection exportée dans { $path } (et .ics, .json)
ui-plan-empty-export = rien à exporter pour l’instant : m marque une fiche, n l’annote, puis x les exporte
notice-list-one-kind = seule une liste d’une seule catégorie peut être exportée
notice-list-match = correspond à « { $text } »
notice-list-cannot-export = impossible d’exporter la liste : { $reason }
notice-list-exported = { $count ->
        [one] { $count } fiche exportée dans { $path } (et .md)
       *[other] { $count } fiches exportées dans { $path } (et .md)
    }
notice-compare-broken = { $errors ->
        [one] impossible de comparer avec { $path } : il comporte { $errors } erreur (showfloor --data { $path } check)
       *[other] impossible de comparer avec { $path } : il comporte { $errors } erreurs (showfloor --data { $path } check)
    }
notice-compared = comparé avec { $path } : { $added ->
        [one] { $added } nouveau
       *[other] { $added } nouveaux
    }, { $changed ->
        [one] { $changed } modifié
       *[other] { $changed } modifiés
    }, { $removed ->
        [one] { $removed } retiré
       *[other] { $removed } retirés
    } (showfloor diff les liste)
notice-no-data-directory = aucun dossier de données (utilisez --state FILE)
notice-not-kept = { $why } : marques et notes ne seront pas enregistrées
notice-kept-elsewhere = { $count ->
        [one] { $count } fiche marquée ou annotée n’est pas dans ce catalogue ; elle est gardée et listée quand vous exportez la sélection{ $key }
       *[other] { $count } fiches marquées ou annotées ne sont pas dans ce catalogue ; elles sont gardées et listées quand vous exportez la sélection{ $key }
    }
notice-needs-terminal = l’explorateur a besoin d’un terminal, et l’entrée ou la sortie standard n’en est pas un
notice-dumb-terminal = l’explorateur ne peut pas dessiner sur un terminal sans capacités (TERM=dumb)

## Filters (--where FIELD=VALUE, the facets) and the time given with --now.
facet-malformed = `{ $given }` n’est pas de la forme FIELD=VALUE (par exemple country=Türkiye)
facet-unknown-field = impossible de filtrer par `{ $field }`{ $suggestion } ({ $kinds }) ; les champs de filtre sont { $known }
facet-unknown-value = aucune fiche { $kind } n’a `{ $value }` pour { $field }{ $suggestion } ; les valeurs sont { $known }
facet-any-record = toutes catégories
facet-or = { " ou " }
now-malformed = `{ $text }` n’est pas une date et une heure comme 2025-11-13T10:00

## Éditions : ce qui a changé depuis l’édition antérieure que nomme --compare-to.
edition-change = { $field } : { $old } → { $new }
edition-changed-since = Changements depuis { $edition }
edition-removed-since = Retirés depuis { $edition }
edition-removed-page = retirée depuis { $edition } : cette fiche est telle qu’elle y figurait, en lecture seule
edition-removed-not-here = { $name } : fiche retirée depuis { $edition } ; elle se lit, rien d’autre n’en reste ici
edition-facet = Édition
edition-facet-new = nouveau
edition-facet-changed = modifié
facet-edition-needs-compare = `{ $given }` compare avec une édition antérieure : donnez son dossier avec --compare-to DIR

## What the browser says as it starts, and after a change no state file can keep.
notice-catalogue-errors = { $errors ->
        [one] { $errors } erreur dans le catalogue : ce qu’elle touche est écarté (showfloor check la montre)
       *[other] { $errors } erreurs dans le catalogue : ce qu’elles touchent est écarté (showfloor check les liste)
    }
notice-search-on-this-thread = recherche sans fil d’exécution en arrière-plan ({ $reason })
notice-said-not-saved = { $said } — non enregistré : { $why }

## Plans that travel: showfloor plan import, and the browser's import of a plan.
plan-import-json = pas le JSON d’une sélection : { $reason }
plan-import-not-utf8 = pas une sélection : le fichier n’est pas du texte UTF-8
plan-import-not-a-plan = pas une sélection exportée par showfloor (il n’a pas de "format": "{ $format }") ; exportez-en un avec x dans l’explorateur ou showfloor export plan --format json
plan-import-newer = une sélection d’un showfloor plus récent (version de format { $version } ; celui-ci lit jusqu’à la { $ours })
plan-import-other-catalogue = une sélection du catalogue `{ $theirs }`, pas de celui-ci (`{ $ours }`) : ouvrez ce catalogue avec --data pour l’importer
plan-import-note-from = — de { $source }, écrite le { $edited } —
plan-import-not-here = (absent de ce catalogue)
plan-change-marked = marqué
plan-change-note-added = note reprise
plan-change-note-extended = note complétée
plan-change-note-joined = deux notes gardées
plan-import-nothing = { $file } : rien à fusionner, chaque marque et chaque note est déjà là
plan-import-dry-run = { $changes ->
        [one] { $file } : { $changes } modification serait fusionnée (--dry-run : rien n’est écrit)
       *[other] { $file } : { $changes } modifications seraient fusionnées (--dry-run : rien n’est écrit)
    }
plan-import-done = { $changes ->
        [one] { $file } : { $changes } modification fusionnée
       *[other] { $file } : { $changes } modifications fusionnées
    }
plan-import-kept = { $count ->
        [one] { $count } fiche de la sélection est absente de ce catalogue : elle est gardée, et listée quand vous exportez la sélection
       *[other] { $count } fiches de la sélection sont absentes de ce catalogue : elles sont gardées, et listées quand vous exportez la sélection
    }

## A folder given to plan import.
plan-import-folder = un dossier ; plan import lit un fichier de sélection, exporté en JSON

### ---------------------------------------------------------------------------------------
### The record's fields and kinds, as the browser and the command line name them.
### ---------------------------------------------------------------------------------------

## The fields, as a record's page, comparisons and the command line label them.
field-id = Identifiant
field-name = Nom
field-aliases = Autres noms
field-summary = Résumé
field-tags = Mots-clés
field-sources = Sources
field-confidence = Fiabilité
field-as-of = À jour au
field-related = Voir aussi
field-venue = Lieu
field-city = Ville
field-start-date = Ouverture
field-end-date = Clôture
field-time-zone = Fuseau horaire
field-figures = Chiffres
field-schedule = Programme
field-event = Salon
field-day = Jour
field-end-day = Jusqu’au
field-start-time = Début
field-end-time = Fin
field-place = Endroit
field-demo = Démonstration
field-subtitle = Sous-titre
field-language = Langue
field-speakers = Intervenants
field-country = Pays
field-sectors = Secteurs
field-stand = Stand
field-website = Site web
field-maker = Fabricant
field-category = Catégorie
field-domain = Domaine
field-specs = Caractéristiques
field-operators = Utilisateurs
field-head = Chef
field-members = Membres
field-interests = Intérêts
field-role = Fonction
field-affiliation = Rattachement
field-member-states = États membres
field-area = Zone
field-width = Largeur
field-depth = Profondeur
field-stands = Stands
field-hall = Hall
field-label = Repère
field-x = Depuis la gauche
field-y = Depuis l’avant
field-companies = Exposants

## How a record reads beside its name, and its values on one line.
describe-catalogue = catalogue
describe-more-events = { $name } (+{ $count } autres)
describe-head = chef : { $name }
describe-demo = démonstration
describe-until = jusqu’à { $end }
describe-from = à partir de { $start }
describe-times-overnight = { $start }–{ $end } le lendemain
describe-next-day = { $time } le lendemain
describe-all-day = toute la journée
describe-no-references = aucune référence
describe-yes = oui
describe-no = non

## A kind that cannot be read, and the name a search result matched.
kind-error-unknown = catégorie inconnue `{ $given }`{ $suggestion } ; les catégories sont { $kinds }
kind-error-ambiguous = { $given } : peut désigner { $kinds } — tapez plus de lettres
did-you-mean = (vouliez-vous dire `{ $guess }` ?)
search-aka = alias { $alias }

## The kinds of record: one, and more than one.
kind-event = Salon
kind-schedule-item = Rendez-vous
kind-company = Entreprise
kind-system = Système
kind-delegation = Délégation
kind-person = Personne
kind-organisation = Organisation
kind-country = Pays
kind-hall = Hall
kind-stand = Stand
kinds-event = Salons
kinds-schedule-item = Programme
kinds-company = Entreprises
kinds-system = Systèmes
kinds-delegation = Délégations
kinds-person = Personnes
kinds-organisation = Organisations
kinds-country = Pays
kinds-hall = Halls
kinds-stand = Stands

### ---------------------------------------------------------------------------------------
### The command line: commands' output and errors, --help, the exports' headings.
### ---------------------------------------------------------------------------------------

## Ce que les commandes disent sur la sortie d'erreur : `erreur : …`, `avertissement : …`.
cli-error = erreur : { $message }
cli-warning = avertissement : { $message }
cli-note = remarque : { $message }

## showfloor check, et un catalogue qui comporte des erreurs.
cli-checked = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    }, { $records ->
        [one] { $records } fiche
       *[other] { $records } fiches
    } : { $errors ->
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
        [one] la configuration comporte { $count } problème ; ce qu’il touche garde sa valeur par défaut
       *[other] la configuration comporte { $count } problèmes ; ce qu’ils touchent garde sa valeur par défaut
    }
cli-config-notice = { $count ->
        [one] la configuration comporte { $count } problème, à { $line }:{ $column } ; ce qu’il touche garde sa valeur par défaut (showfloor config --check le détaille)
       *[other] la configuration comporte { $count } problèmes, le premier à { $line }:{ $column } ; ce qu’ils touchent garde sa valeur par défaut (showfloor config --check les liste)
    }
cli-config-no-directory = aucun dossier de configuration sur ce système ; indiquez une configuration avec --config FILE
cli-config-checked = { $path } vérifié : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
cli-config-looked-for = # La configuration est cherchée avec --config FILE, puis $SHOWFLOOR_CONFIG, puis config.toml
cli-config-read = # dans le dossier de configuration de la plateforme. Lue cette fois : { $path } ({ $why }).
cli-config-read-none = # dans le dossier de configuration de la plateforme. Lue cette fois : { $path } ({ $why }) : aucune configuration, les valeurs par défaut s'appliquent.
cli-config-read-missing = # dans le dossier de configuration de la plateforme. Lue cette fois : { $path } ({ $why }), absente : les valeurs par défaut s'appliquent.
cli-config-why-directory = le dossier de configuration
cli-config-in-effect = # En vigueur :
cli-config-in-effect-defaults = # En vigueur (la configuration a des problèmes : les valeurs par défaut) :

## Un `showfloor` seul : l'explorateur, et pourquoi il n'a pas pu s'ouvrir ou comment il a fini.
cli-out-before-command = --out { $dir } avant la commande fixe le dossier d'export de l'explorateur ; donnez à `export` ou à `import` son propre --out, après la commande
cli-compare-to-not-here = --compare-to sert à show, list, search et export list (et à l’explorateur) ; cette commande n’en a pas l’usage
cli-no-terminal =
    { $reason }.
    Dans les scripts et les tubes, utilisez `showfloor search QUERY`, `showfloor show ID` ou `showfloor list KIND` (voir `showfloor --help`).
cli-terminal-failed = le terminal a fait défaut : { $reason }
cli-stopped-by-signal = showfloor : arrêté par le signal { $signal } ; marques et notes ont été enregistrées au fil des modifications
cli-unsaved = showfloor : vos dernières marques et notes n'ont pas pu être enregistrées (une autre session détenait le verrou du fichier d'état) ; elles sont dans { $path }

## info, show, search et diff, en texte simple.
cli-info-hint = Cherchez avec `showfloor search QUERY`, ouvrez une fiche avec `showfloor show ID`.
cli-show-links = Liens
cli-show-referenced-by = Cité par
cli-show-made-here = Fabriqués ici (systèmes dont le fabricant est établi dans ce pays, { $place }, par fabricant)
cli-search-cut = { $shown ->
        [one] { $shown } résultat affiché sur { $total } ; --limit 0 les affiche tous
       *[other] { $shown } résultats affichés sur { $total } ; --limit 0 les affiche tous
    }
cli-show-removed = { $id } : fiche retirée depuis { $edition } ; la voici telle qu’elle y figurait
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
cli-import-folder = un dossier ; import lit des fichiers (un dossier de fichiers de catalogue s'ouvre avec --data)
cli-import-not-regular = pas un fichier ordinaire
cli-import-no-such-file = fichier introuvable
cli-import-already-catalogue = c'est déjà un catalogue showfloor : ouvrez-le avec --data, ou copiez-le
cli-import-errors = { $errors ->
        [one] rien n'a été écrit : { $errors } erreur ci-dessus ; corrigez-la, ou ajoutez --keep-going pour écrire ce qui a pu être lu
       *[other] rien n'a été écrit : { $errors } erreurs ci-dessus ; corrigez-les, ou ajoutez --keep-going pour écrire ce qui a pu être lu
    }
cli-import-nothing-read = rien n'a pu être lu dans { $path } ; aucun fichier n'est écrit pour lui
cli-import-nothing-to-import = rien n'a été écrit : aucun fichier n'a fourni de quoi importer
cli-import-wrote = { $path } écrit ({ $counts }, depuis { $from })
cli-import-check-it = vérifiez-le avec : showfloor --data { $dir } check
cli-import-taken = { $path } existe déjà et import ne remplace jamais un fichier ; rien n'a été écrit (importez dans un nouveau dossier, puis `showfloor diff OLD NEW` montre ce qui a changé)

## Ce qui peut arrêter une commande (chaque message suit `erreur : `).
cli-error-unknown-id = aucune fiche n'a pour identifiant, nom ou alias `{ $given }`
cli-error-unknown-id-did-you-mean = aucune fiche n'a pour identifiant, nom ou alias `{ $given }` (vouliez-vous dire `{ $text }` ?)
cli-error-unknown-id-did-you-mean-record = aucune fiche n'a pour identifiant, nom ou alias `{ $given }` (vouliez-vous dire `{ $text }`, { $kind } `{ $id }` ?)
cli-error-ambiguous = `{ $given }` est le nom ou l'alias de { $count } fiches : { $candidates } ; désignez celle que vous voulez par son identifiant
cli-error-candidate = { $kind } `{ $id }` ({ $name })
cli-error-more-candidates = { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }
cli-error-broken-catalogue = { $errors ->
        [one] le catalogue comporte { $errors } erreur, affichée ci-dessus ; corrigez-la, ou ajoutez --keep-going pour l'utiliser sans ce qu'elle exclut
       *[other] le catalogue comporte { $errors } erreurs, toutes affichées ci-dessus ; corrigez-les, ou ajoutez --keep-going pour l'utiliser sans ce qu'elles excluent
    }
cli-error-nothing-read = aucune fiche n’a pu être lue, il n’y a donc rien à utiliser : corrigez les erreurs ci-dessus
cli-error-no-state-file = aucun dossier de données où trouver votre sélection ; indiquez le fichier d'état avec --state FILE
cli-error-missing-state-file = aucun fichier d'état à { $path } : vérifiez le chemin donné à --state (rien n'a été exporté)
cli-error-no-match = rien ne correspond à `{ $query }`
cli-error-no-match-words = rien ne correspond à `{ $query }` ; chaque mot doit se retrouver quelque part dans une fiche : essayez avec moins de mots
cli-error-no-match-filtered = rien ne correspond à `{ $query }` avec ces filtres --where ({ $found ->
        [one] { $found } fiche correspond
       *[other] { $found } fiches correspondent
    } sans eux)
cli-error-nothing-left = aucune fiche { $kind } ne satisfait ensemble { $filters } ; chaque filtre, seul, en retient
cli-error-none-has = aucune fiche { $kind } n’a { $filters }
cli-error-nothing-left-together = aucune fiche { $kind } ne satisfait ensemble { $filters }
cli-error-csv = impossible de produire le CSV : { $reason }
cli-error-write-file = impossible d'écrire { $path } : { $reason }
cli-error-write-stdout = impossible d'écrire sur la sortie standard : { $reason }
cli-error-write-stderr = impossible d'écrire sur la sortie d'erreur : { $reason }

## Les exports destinés à être lus : la note de synthèse Markdown de la sélection (et le nom et
## les notes de son calendrier), et le dossier Markdown d'une liste. Les en-têtes CSV et les
## clés JSON ne se traduisent pas.
export-fact = **{ $label }** : { $value }
export-plan-title = Ma sélection : { $title }
export-plan-exported = Exporté par showfloor le { $date } à { $time } UTC. { $count ->
        [one] { $count } fiche marquée ou annotée.
       *[other] { $count } fiches marquées ou annotées.
    }
export-plan-overlaps = Chevauche
export-plan-note-edited = ma note, modifiée le { $edited }
export-plan-kept = Repris d'un catalogue antérieur
export-plan-kept-why = Marquées ou annotées, mais absentes de ce catalogue.
export-plan-kept-marked = { $id } (marquée)
export-plan-my-note = Ma note : { $note }
export-list-only = Restreint à : { $filters }.
export-list-id = Identifiant
export-list-sources = Sources : { $sources }

## --help : la description de showfloor et de ses options (`help-OPTION`), celle de chaque
## commande (`help-COMMANDE-about`) et de ses arguments (`help-COMMANDE-ARGUMENT`) ;
## `{ $kinds }` est la liste des genres de fiches. Une ligne ici est ce que montre `-h` ;
## `…-long-about` est le texte plus long de `--help`.
help-about = Explorer un salon d'exposition depuis le terminal.
help-long-about = Explorer un salon d'exposition depuis le terminal : exposants, leurs systèmes, délégations en visite, personnes, organisations, pays et programme, liés entre eux et consultables hors ligne. Sans commande, ouvre le catalogue (celui de BAMEX 2025, intégré, sauf si --data en désigne un autre).
help-data = Lire le catalogue dans PATH au lieu du catalogue BAMEX 2025 intégré : un dossier (tous les *.toml qu'il contient), un fichier de catalogue, ou un fichier publié ouvert tel quel : un programme (XML frab/Pentabarf, JSON c3voc, iCalendar) ou un tableur d'exposants (CSV, XLSX, ODS), son format reconnu à son contenu. Répéter pour en fusionner plusieurs
help-columns = Quelles colonnes du tableur contiennent quoi, quand les en-têtes ne sont pas de ceux que showfloor connaît : `name=B,stand=D,country=Pays` (une lettre de colonne, ou son en-tête). Champs : name, stand, country, website, sectors, summary, products
help-state = Garder marques et notes dans FILE au lieu du dossier de données de la plateforme (un fichier par catalogue, au nom de son événement)
help-now = Prendre pour heure TIME (2025-11-13T10:00), à l'heure locale de l'événement (son `timezone`), au lieu de celle de l'horloge : le « maintenant » et le « ensuite » du programme la suivent
help-keep-going = Utiliser un catalogue qui comporte des erreurs : ce qu'elles touchent est écarté (une fiche sans identifiant ni nom, un doublon, un champ du mauvais type, une référence pendante), les erreurs sont affichées d'abord, et l'explorateur en donne le nombre dans son en-tête. `check` n'est pas affecté
help-compare-to = Comparer avec l'édition antérieure de DIR : l'explorateur signale les fiches nouvelles ou modifiées, montre ce qui a changé sur une fiche et liste ce qui a été retiré ; `show` dit ce qui a changé ; `--where edition=new` ou `edition=changed` restreint `list`, `search` et `export list` (`showfloor diff DIR NEW` liste tous les changements)
help-out = Dans l'explorateur, écrire les exports de `x` (la sélection) et `E` (la liste) dans DIR au lieu du dossier courant. Un export antérieur n'est jamais remplacé : le suivant est numéroté
help-config = Lire la configuration dans FILE au lieu de SHOWFLOOR_CONFIG ou de config.toml dans le dossier de configuration de la plateforme (`showfloor config` indique où il se trouve)
help-lang = La langue de l'interface : en ou fr. À défaut, le `language` de la configuration, puis LC_ALL, LC_MESSAGES ou LANG, puis l'anglais
help-check-about = Vérifier un catalogue et signaler chaque problème sous la forme PATH:LINE:COL: error: MESSAGE
help-info-about = Résumer le catalogue : l'événement, et le nombre de fiches de chaque genre
help-check-json = Afficher du JSON pour les scripts
help-info-json = Afficher du JSON pour les scripts
help-search-about = Chercher dans toutes les fiches : chaque mot doit correspondre, dans n'importe quel ordre (les noms d'abord, puis alias, identifiants, étiquettes, faits, fiches liées et résumés) ; les opérateurs de fzf fonctionnent (voir plus bas)
help-search-query = Ce qu'il faut chercher ; la casse et les accents sont ignorés
help-search-kind = Seulement les fiches de ce genre : { $kinds } (un pluriel, ou le début du nom d'un seul genre, convient aussi)
help-search-limit = Afficher au plus N résultats (0 pour tous) ; sur un terminal, indique sur la sortie d'erreur combien ont été écartés
help-search-filters = Seulement les fiches dont le champ FIELD vaut VALUE (casse et accents ignorés), p. ex. --where country=Türkiye. Répéter un champ pour des variantes ; des champs différents doivent tous être satisfaits
help-search-json = Afficher du JSON pour les scripts
help-search-syntax = Syntaxe des requêtes (celle de fzf ; la même dans l'explorateur) :
help-search-examples = Exemples :
help-search-nothing-found = Rien trouvé : un message sur la sortie d'erreur et le code de sortie 1.
help-show-about = Afficher une fiche avec tous ses champs, ses liens et ses renvois
help-show-id = L'identifiant de la fiche, ou un nom ou alias qu'une seule fiche porte, casse et accents ignorés (« Bayraktar TB2 », « tb2 ») ; un pays aussi par n'importe lequel de ses noms ou son gentilé (« turkey », « Turkish »)
help-show-json = Afficher du JSON pour les scripts
help-plan-about = Fusionner dans la vôtre une sélection exportée sur un autre appareil ou par un collègue
help-plan-import-about = Fusionner FILE, une sélection exportée en JSON (la touche x de l'explorateur, ou export plan --format json), dans vos marques et notes : les marques s'ajoutent, une nouvelle note est reprise, et quand les deux côtés ont écrit des notes différentes, les deux textes sont gardés. Importer à nouveau le même fichier ne change rien
help-plan-import-file = La sélection à fusionner, telle qu'exportée en JSON
help-plan-import-dry-run = Dire ce qui changerait, sans rien écrire
help-export-about = Exporter votre sélection, ou les fiches d'un genre, en Markdown, iCalendar, CSV ou JSON
help-export-plan-about = Les fiches marquées (avec la touche m de l'explorateur), avec leurs faits, leurs liens et vos notes
help-export-plan-format = md : une note de synthèse Markdown ; ics : les créneaux marqués de la sélection en iCalendar ; json
help-export-plan-format-md = Une note de synthèse Markdown
help-export-plan-format-ics = Un fichier iCalendar des créneaux marqués de la sélection
help-export-plan-format-json = JSON, pour les scripts
help-export-plan-out = Écrire dans FILE au lieu de la sortie standard
help-export-list-about = Toutes les fiches d'un genre, restreintes par --where, en CSV, en JSON ou en dossier Markdown
help-export-list-kind = { $kinds } (un pluriel, ou le début du nom d'un seul genre, convient aussi)
help-export-list-filters = Seulement les fiches dont le champ FIELD vaut VALUE, comme pour `showfloor list`
help-export-list-format = csv : une colonne par champ, dans un ordre fixe ; json ; md : un dossier à lire
help-export-list-format-csv = CSV : une ligne d'en-têtes, puis une ligne par fiche ; les listes jointes par « ; »
help-export-list-format-json = JSON, pour les scripts : un tableau de fiches, tel que l'écrit `list --json`
help-export-list-format-md = Un dossier Markdown : chaque fiche avec ses faits et son résumé
help-export-list-out = Écrire dans FILE au lieu de la sortie standard
help-compare-about = Deux à quatre fiches côte à côte : faits et caractéristiques alignés, unités converties, différences marquées par ≠
help-compare-ids = Les identifiants des fiches, ou leurs noms ou alias, comme pour `show`
help-compare-json = Afficher du JSON pour les scripts
help-diff-about = Ce qui a changé entre deux éditions d'un catalogue : fiches ajoutées, retirées et modifiées, champ par champ
help-diff-old = Le dossier de l'édition antérieure
help-diff-new = Le dossier de l'édition suivante
help-diff-json = Afficher du JSON pour les scripts
help-list-about = Lister toutes les fiches d'un genre, par nom (le programme par jour et heure de début)
help-list-kind = { $kinds } (un pluriel, ou le début du nom d'un seul genre, convient aussi)
help-list-filters = Seulement les fiches dont le champ FIELD vaut VALUE (casse et accents ignorés), p. ex. --where country=Türkiye. Répéter un champ pour des variantes ; des champs différents doivent tous être satisfaits
help-list-json = Afficher du JSON pour les scripts
help-import-about = Convertir des programmes (XML frab/Pentabarf, JSON c3voc, iCalendar) et des tableurs d'exposants (CSV, XLSX, ODS) en un catalogue dans DIR que `showfloor --data DIR check` accepte, à compléter à la main. Les identifiants sont stables : importer de la même façon une édition suivante garde les identifiants de ce qui n'a pas changé, et `showfloor diff OLD NEW` montre ce que les organisateurs ont modifié. Rien n'est écrit si un fichier comporte des erreurs (sauf avec --keep-going), et aucun fichier n'est remplacé
help-import-files = Les fichiers à importer ; leur format est reconnu à leur contenu
help-import-out = Le dossier où écrire le catalogue (créé s'il manque ; son parent doit exister)
help-config-about = Où la configuration est cherchée, et la configuration en vigueur (touches comprises)
help-config-long-about =
    Où la configuration est cherchée, et la configuration en vigueur (touches comprises).

    La configuration fixe les catalogues à ouvrir, le fichier d'état, la souris, le thème et les couleurs, et les touches ; voir `showfloor config --default` pour tous les réglages, commentés.
help-config-default = Afficher une configuration par défaut complète, commentée, à copier et modifier
help-config-check = Vérifier la configuration : chaque problème sous la forme PATH:LINE:COL: error: MESSAGE, code de sortie 1 s'il y en a
help-completions-about = Afficher un script de complétion pour votre shell
help-completions-long-about =
    Afficher un script de complétion pour votre shell.

    bash : `showfloor completions bash > ~/.local/share/bash-completion/completions/showfloor` ; zsh : un fichier `_showfloor` dans un dossier de $fpath ; fish : ~/.config/fish/completions/showfloor.fish.
help-completions-shell = bash, zsh, fish, elvish ou powershell

## Les mots de clap dans --help : les titres, --help, --version et la commande `help`, et ce
## qu'il ajoute après l'aide d'un argument (écrit par showfloor seulement là où ces mots
## diffèrent de l'anglais de clap). Les erreurs d'analyse de clap restent en anglais : clap ne
## permet pas de les traduire.
help-clap-usage = Utilisation :
help-clap-commands = Commandes :
help-clap-arguments = Arguments :
help-clap-options = Options :
help-clap-help = Afficher l'aide
help-clap-help-more = Afficher l'aide (davantage avec '--help')
help-clap-help-summary = Afficher l'aide (un résumé avec '-h')
help-clap-version = Afficher la version
help-clap-help-command = Afficher ce message ou l'aide des commandes indiquées
help-clap-help-for = Afficher l'aide de ces commandes
help-clap-default = par défaut
help-clap-default-is = [par défaut : { $values }]
help-clap-possible-values = valeurs possibles
help-clap-possible-values-are = [valeurs possibles : { $values }]
help-clap-possible-values-heading = Valeurs possibles :
help-clap-value-colon = { " :" }

## clap's parse errors, said in the interface's language (cli/parse_error.rs).
cli-parse-unexpected = argument « { $arg } » inattendu
cli-parse-tip-arg = astuce : un argument proche existe : « { $suggestion } »
cli-parse-unknown-command = commande « { $command } » inconnue
cli-parse-tip-command = astuce : une commande proche existe : « { $suggestion } »
cli-parse-invalid-value = valeur « { $value } » invalide pour « { $arg } »
cli-parse-no-value = « { $arg } » demande une valeur, et aucune n’est donnée
cli-parse-possible = [valeurs possibles : { $values }]
cli-parse-invalid-value-because = valeur « { $value } » invalide pour « { $arg } » : { $reason }
cli-parse-missing = arguments requis manquants : { $args }
cli-parse-too-many = valeur « { $value } » en trop pour « { $arg } »
cli-parse-too-few = « { $arg } » demande { $wanted } valeurs, { $given ->
        [one] { $given } seule est donnée
       *[other] { $given } seulement sont données
    }
cli-parse-more = Pour en savoir plus, essayez « --help ».
cli-parse-out-of-range = { $value } n’est pas un nombre de { $min } à { $max }

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
## Les mots entre accents graves, `[keys.…]` et les touches entre guillemets sont les mots de
## la configuration elle-même : ils restent tels que le fichier les écrit. `{ $names }` et
## les autres listes sont des listes de ces mots.

## Le fichier lui-même : où il est, ce qu'il est, comment il se lit.
config-no-such-file = fichier introuvable (indiqué par { $flag })
config-cannot-read = impossible de le lire : { $error }
config-not-a-file = { $kind ->
        [directory] un dossier
        [fifo] un tube nommé (FIFO)
        [char-device] un périphérique en mode caractère
        [block-device] un périphérique en mode bloc
        [socket] une socket
       *[other] pas un fichier ordinaire
    }, pas un fichier de configuration
config-changed-while-read = ce n'est plus un fichier ordinaire (il a changé pendant sa lecture)
config-too-large = la configuration dépasse { $mib } Mio ; une configuration tient en quelques kilo-octets
config-not-utf8 = le fichier n'est pas du texte UTF-8
## Une erreur de syntaxe TOML : `{ $error }` est le texte de l'analyseur TOML (en anglais),
## `{ $source }` celui du fichier.
config-toml-syntax = syntaxe TOML : { $error }
config-toml-syntax-at = syntaxe TOML : { $error } (à `{ $source }`)
config-toml-too-deep = syntaxe TOML : une clé de plus de { $parts } parties est imbriquée trop profondément{ $more ->
        [0] {""}
        [one] {" "}(et une autre clé après elle)
       *[other] {" "}(et { $more } autres clés après elle)
    }
## Au-delà de cent problèmes, les autres sont comptés.
config-more-problems = { $count ->
        [one] et { $count } autre problème ; corrigez d'abord ceux-ci
       *[other] et { $count } autres problèmes ; corrigez d'abord ceux-ci
    }

## Les réglages.
config-data-not-paths = `data` est un chemin ou une liste de chemins
config-data-not-string = `data` est une liste de chemins, sous forme de chaînes
config-data-empty = chemin vide : indiquez un dossier ou un fichier de catalogue
config-data-missing = dossier ou fichier de catalogue introuvable : { $path }
config-state-empty = chemin vide : indiquez le fichier d'état
config-state-not-string = `state` est un chemin, sous forme de chaîne
config-mouse-not-bool = `mouse` vaut true ou false
config-language-unknown = `{ $language }` n'est pas une langue que showfloor connaît (il connaît { $languages })
config-language-not-string = `language` est un code de langue, sous forme de chaîne

## Un nom que la configuration ne connaît pas : `{ $hint }` est config-did-you-mean, ou rien
## quand aucun nom n'est proche.
config-did-you-mean = {" "}(vouliez-vous dire `{ $guess }` ?)
config-unknown-key = clé `{ $word }` inconnue{ $hint } ; les clés possibles sont { $names }
config-unknown-key-table = table de touches `{ $word }` inconnue{ $hint } ; les tables possibles sont { $names }
config-unknown-preset = préréglage `{ $word }` inconnu{ $hint } ; les préréglages sont { $names }
config-unknown-theme = thème `{ $word }` inconnu{ $hint } ; les thèmes sont { $names }
config-unknown-role = rôle `{ $word }` inconnu{ $hint } ; les rôles sont { $names }
config-unknown-action = action `{ $word }` inconnue{ $hint } ; dans [keys.{ $table }], les actions sont { $names }, ou `none` pour libérer la touche

## Les touches.
config-keys-not-table = `keys` est une table : écrivez `[keys]`
config-preset-not-string = `preset` est un nom : { $names }
config-key-table-not-table = `keys.{ $table }` est une table de "TOUCHE" = "ACTION" : écrivez `[keys.{ $table }]`
config-key-sequence-too-long = `{ $key }` : une séquence compte au plus { $max } touches
config-key-not-sequence = `{ $key }` n'est pas une séquence de touches
config-key-control = `{ $char }` est un caractère de contrôle, pas un nom de touche
config-key-unknown = `{ $key }` n'est pas une touche : écrivez un caractère (`j`, `G`, `?`) ou une touche nommée ({ $names }, `f1`…`f12`), seuls ou précédés de `ctrl-` ou `alt-`
config-key-twice = la touche `{ $key }` est déjà liée dans [keys.{ $table }] à la ligne { $line }, colonne { $column } ; une touche ne fait qu'une chose dans un contexte
config-action-not-string = une action est un nom, sous forme de chaîne (`"down"`), ou `"none"`
config-action-elsewhere = `{ $action }` ne fait rien dans [keys.{ $table }] ; elle s'applique dans { $tables }
config-sequence-shadowed = `{ $first }` agit déjà seule dans [keys.{ $table }], la séquence ne pourrait donc jamais être tapée ; libérez d'abord cette touche avec "{ $first }" = "none"
config-sequence-starts-with-letter = dans [keys.{ $table }], les lettres servent à écrire, une séquence ne peut donc pas commencer par une lettre ; commencez-la par ctrl- ou alt-
config-sequences-begin-alike = `{ $key }` et `{ $other }` commencent de la même façon dans [keys.{ $table }], la plus longue ne pourrait donc jamais être tapée
config-key-hidden-by-anywhere = `{ $key }` est liée dans [keys.anywhere], consultée en premier : cette liaison dans [keys.{ $table }] n'agirait donc jamais

## Les couleurs.
config-theme-not-string = `theme` est un nom : { $names }
config-colors-not-table = `colors` est une table : écrivez `[colors]`
config-role-not-string = `{ $role }` est un style, sous forme de chaîne (`"yellow bold"`)
config-style-empty = style vide : écrivez-en un (`"yellow bold"`), ou `"none"` pour du texte sans style
config-style-on-without-colour = `{ $style }` : `on` doit être suivi d'une couleur
config-style-two-backgrounds = `{ $style }` a deux couleurs de fond
config-style-two-colours = `{ $style }` a deux couleurs ; une seconde couleur est un fond, après `on`
config-style-unknown-word = `{ $word }` n'est ni une couleur ni un style : les couleurs sont { $colours }, 0–255 ou #rrggbb, `on COULEUR` un fond ; les styles sont { $styles }
config-style-unknown-word-in = `{ $word }` dans `{ $style }` n'est ni une couleur ni un style : les couleurs sont { $colours }, 0–255 ou #rrggbb, `on COULEUR` un fond ; les styles sont { $styles }

## Les commentaires de `showfloor config --default`, chacun un paragraphe (le programme le
## coupe en lignes qu'il commence par `#`) ; les noms et valeurs des réglages restent ceux de TOML.
config-default-intro = La configuration de showfloor. Chaque réglage ci-dessous a sa valeur par défaut, sauf si vous l'avez changé : supprimez ce que vous ne changez pas. `showfloor config` dit où placer ce fichier ; `showfloor config --check` le vérifie.
config-default-data = Les catalogues à ouvrir quand --data n'en nomme aucun : dossiers, fichiers de catalogue ou fichiers publiés d'un salon (chemins depuis le dossier de ce fichier, ou depuis ~/ pour votre dossier personnel).
config-default-state = Où les marques et les notes sont gardées (par défaut, un fichier par catalogue dans le dossier de données de la plateforme).
config-default-mouse = Les clics et la molette de la souris dans le navigateur (désactivés : le terminal sélectionne le texte).
config-default-language-unset = La langue de l'interface : { $languages } ; sans ce réglage, LC_ALL, LC_MESSAGES ou LANG décident (--lang l'emporte).
config-default-language = La langue de l'interface : { $languages } (--lang l'emporte).
config-default-colors = Les couleurs : un thème intégré ({ $themes }), puis un style pour chaque rôle ci-dessous : une couleur (une couleur ANSI nommée, qui suit la palette du terminal ; 0-255 ; ou #rrggbb), `on` et une couleur de fond, et bold, dim, italic, underline, reverse, strike. NO_COLOR l'emporte toujours.
config-default-keys = Partir d'un préréglage : { $presets }. Les tables ci-dessous le modifient : "TOUCHE" = "ACTION", ou "none" pour libérer une touche. Touches : un caractère ("j", "G") ou une touche nommée ("enter", "esc", "tab", "up", "pgdn", "space", "f1"…), seuls ou précédés de "ctrl-" ou "alt-".
config-default-other-keys = autres touches : { $what }

### ---------------------------------------------------------------------------------------
### The catalogue's diagnostics (`showfloor check`, and every command that loads one): each
### is the MESSAGE of `PATH:LINE:COL: error: MESSAGE` (`error:` and `warning:` stay as they
### are, for the editors and CI that read them).
### ---------------------------------------------------------------------------------------
## Les mots entre accents graves sont ceux du catalogue (champs, identifiants, clés, valeurs
## telles qu'écrites), comme les noms des genres de fiches (`company`, `system`…) et les
## chemins : ils restent tels que les fichiers les écrivent. `{ $hint }` est
## catalog-did-you-mean, ou rien quand aucun mot n'est proche.
catalog-did-you-mean = ; vouliez-vous dire `{ $guess }` ?

## Une erreur de syntaxe TOML : `{ $error }` est le texte de l'analyseur TOML, `{ $source }` celui du fichier.
catalog-toml-syntax = syntaxe TOML : { $error }
catalog-toml-syntax-at = syntaxe TOML : { $error } (à `{ $source }`)
catalog-toml-too-deep = syntaxe TOML : une clé de plus de { $parts } parties est imbriquée trop profondément{ $more ->
        [0] {""}
        [one] {" "}(et une autre clé après elle)
       *[other] {" "}(et { $more } autres clés après elle)
    }

## Les octets d'un fichier, et les valeurs de TOML telles que « pas … » les nomme.
catalog-not-utf8 = UTF-8 invalide (octet 0x{ $byte }) : les fichiers de catalogue doivent être en UTF-8
catalog-found-string = une chaîne
catalog-found-integer = un entier
catalog-found-float = un nombre décimal
catalog-found-boolean = un booléen
catalog-found-date = une date
catalog-found-time = une heure
catalog-found-date-time = une date et heure
catalog-found-array = un tableau
catalog-found-table = une table

## Ce que doit être la valeur d'un champ, telle que « doit être … » la nomme.
catalog-type-text = une chaîne
catalog-type-url = une adresse web (une chaîne commençant par https:// ou http://)
catalog-type-text-list = un tableau de chaînes
catalog-type-date = une date comme 2025-11-11 (une date TOML, sans guillemets)
catalog-type-time = une heure comme 09:30 (une heure TOML, sans guillemets)
catalog-type-bool = true ou false
catalog-type-time-zone = un nom de fuseau horaire IANA comme Africa/Bamako (une chaîne)
catalog-type-choice = un mot d'une liste fixe (une chaîne)
catalog-type-count = un nombre entier, zéro ou plus
catalog-type-ref = un identifiant (une chaîne)
catalog-type-ref-list = un tableau d'identifiants
catalog-type-country = un nom de pays (une chaîne)
catalog-type-specs = une table de chaînes, de nombres ou de booléens
catalog-type-children = un tableau de tables
catalog-type-parent = rien : c'est le chargeur qui le remplit

## Les tables des fiches : genres, champs, identifiants et noms. `{ $kind }` est le nom d'un
## genre (`company`), `{ $expected }` la liste des mots possibles.
catalog-unknown-kind = genre de fiche `{ $name }` inconnu ; les genres possibles sont { $expected }{ $hint }
catalog-entry-not-table = chaque entrée `{ $name }` doit être une table, pas { $found }
catalog-table-not-array = `{ $name }` doit être un tableau de tables : écrivez [[{ $name }]], pas [{ $name }]
catalog-kind-not-array = `{ $name }` doit être un tableau de tables ([[{ $name }]]), pas { $found }
catalog-missing-field = il manque à la fiche { $kind } le champ obligatoire `{ $key }`
catalog-unknown-field = champ `{ $key }` inconnu dans une fiche { $kind } ; les champs possibles sont { $expected }{ $hint }
catalog-stand-label-no-id = l'étiquette de stand `{ $label }` doit comporter des lettres ou des chiffres pour en tirer un identifiant
catalog-invalid-id = identifiant `{ $id }` invalide : { $problem }{ $example }
catalog-id-example = {" "}(par exemple `{ $suggestion }`)
catalog-id-empty = un identifiant ne peut pas être vide
catalog-id-characters = un identifiant ne comporte que des lettres ASCII minuscules, des chiffres et `-`
catalog-name-empty = `name` ne peut pas être vide
catalog-country-name-table = le `name` d'un pays est une seule chaîne (la table des pays connaît ses autres noms ; ajoutez-en dans `aliases`)

## La valeur d'un champ : `{ $expected }` est l'un des catalog-type-…, `{ $found }` des catalog-found-….
catalog-wrong-type = `{ $field }` doit être { $expected }, pas { $found }
catalog-wrong-type-quoted = `{ $field }` doit être { $expected }, pas { $found } : retirez les guillemets ({ $field } = { $value })
catalog-entry-not-string = chaque entrée de `{ $field }` doit être une chaîne, pas { $found }
catalog-not-web-address = `{ $field }` devrait être une adresse web commençant par https:// ou http://
catalog-empty-alias = alias vide : écrivez l'autre nom, ou retirez-le
catalog-not-a-choice = `{ $field }` doit valoir l'un de ces mots : { $choices }
catalog-unknown-time-zone = fuseau horaire `{ $name }` inconnu{ $hint }
catalog-time-zone-example = {" "}(écrivez un nom IANA comme `Africa/Bamako`)
catalog-count-range = `{ $field }` doit être un nombre entier de 0 à { $max }
catalog-spec-too-large = `{ $field }.{ $key }` est trop grand pour un entier de 64 bits
catalog-spec-not-number = `{ $field }.{ $key }` n'est pas un nombre
catalog-spec-wrong-type = `{ $field }.{ $key }` doit être une chaîne, un nombre ou un booléen, pas { $found }

## Un texte en plusieurs langues (`summary.en`, `summary.fr`).
catalog-language-code = `{ $field }.{ $code }` : { $problem }
catalog-language-not-string = `{ $field }.{ $code }` doit être une chaîne, pas { $found }
catalog-no-language = `{ $field }` ne nomme aucune langue : écrivez `{ $field } = "…"`, ou son texte par langue (`{ $field }.en = "…"`, `{ $field }.fr = "…"`)
catalog-language-code-lowercase = écrivez le code de langue en minuscules : `{ $code }`
catalog-not-language-code = `{ $code }` n'est pas un code de langue ; un texte en plusieurs langues s'écrit `en = "…"`, `fr = "…"` (codes BCP 47)

## Jours et heures dans l'ordre : `{ $end }` et `{ $start }` sont tels que le fichier les écrit.
catalog-ends-before-start = `{ $last }` { $end } précède `{ $first }` { $start } : la fiche { $kind } finirait avant de commencer
catalog-end-time-same = `end_time` { $end } est égal à `start_time` : la séance ne durerait pas (omettez `end_time`, ou donnez la vraie fin)
catalog-end-time-before-start = `end_time` { $end } précède `start_time` { $start } le même `end_day` : la séance finirait avant de commencer (sans `end_day`, une fin plus tôt tombe le lendemain)

## Identifiants et renvois dans tout le catalogue. `{ $wanted }` est catalog-any-record ou
## catalog-records-of ; `{ $kinds }` des noms de genres joints par catalog-or.
catalog-duplicate-id = identifiant `{ $id }` en double : déjà pris par la fiche { $kind } `{ $name }` à { $path }:{ $line }:{ $column }
catalog-no-sources = la fiche { $kind } `{ $id }` n'a pas de sources : dites d'où viennent ses informations
catalog-any-record = fiche
catalog-records-of = fiche { $kinds }
catalog-or = ou
catalog-wrong-kind = `{ $field }` doit désigner une { $wanted }, mais `{ $id }` est une fiche { $found }
catalog-unknown-reference = `{ $field }` renvoie à une { $wanted } `{ $id }` inconnue{ $hint }
## Ce qui suit un renvoi à un identifiant inconnu quand c'est le nom ou l'alias d'une fiche (au
## lieu de catalog-did-you-mean) ; `{ $count }` fiches partagent un alias : deux ou plus.
catalog-reference-shared-alias = ; `{ $id }` est un alias que partagent { $count } fiches ({ $owners }) : désignez-en une par son identifiant
catalog-reference-alias = ; `{ $id }` est un alias de `{ $owner }` : désignez-la par son identifiant
catalog-reference-name = ; `{ $id }` est le nom de `{ $owner }` : désignez-la par son identifiant
catalog-alias-also-alias = l'alias `{ $alias }` est aussi un alias de `{ $owner }`
catalog-alias-also-name = l'alias `{ $alias }` est aussi le nom de `{ $owner }`
catalog-operator-as-country = l'opérateur `{ $operator }` n'est pas l'identifiant d'une organisation, il est donc lu comme un pays ; vouliez-vous dire `{ $guess }` ?

## Les pays.
catalog-country-no-letters = le pays `{ $name }` ne comporte ni lettre ni chiffre
catalog-country-declared-twice = le pays `{ $name }` est déclaré deux fois : d'abord comme `{ $first }` à { $path }:{ $line }:{ $column }
catalog-country-spelling = le pays `{ $name }` s'écrit `{ $first }` ailleurs ; gardez une seule graphie
catalog-country-alias-taken = l'alias `{ $alias }` est aussi un nom de `{ $owner }`
catalog-country-alias-other = l'alias `{ $alias }` est un nom d'un autre pays, { $country }

## Le plan : `{ $stand }` est l'étiquette d'un stand, `{ $hall }` le nom d'un hall.
catalog-stand-no-area = le stand `{ $stand }` n'a pas de surface : donnez-lui une largeur et une profondeur d'au moins 1
catalog-stand-outside-hall = le stand `{ $stand }` ({ $x }+{ $width } × { $y }+{ $depth }) ne tient pas dans { $hall } ({ $hall_width } × { $hall_depth })
catalog-stands-overlap = le stand `{ $stand }` chevauche le stand `{ $other }` dans { $hall }
catalog-company-stand-unknown = la fiche company `{ $company }` se dit au stand `{ $stand }`, qui n'est pas sur le plan
catalog-company-stand-disagrees = la fiche company `{ $company }` se dit au stand `{ $stand }`, mais ce stand liste d'autres exposants

## Trouver et lire les fichiers : `{ $error }` est dans les mots du système.
catalog-no-such-catalogue = dossier ou fichier de catalogue introuvable
catalog-cannot-read = lecture impossible : { $error }
catalog-not-file-or-folder = ni un fichier ordinaire ni un dossier
catalog-no-toml-files = aucun fichier .toml dans ce catalogue
catalog-same-folder = le même dossier que { $first } (atteint par un autre lien) ; lu une seule fois
catalog-same-file = le même fichier que { $first } (atteint par un autre lien) ; lu une seule fois
catalog-link-loop = boucle de liens symboliques : elle ramène à { $ancestor }
catalog-system-filesystem = un système de fichiers du système (/proc, /sys, /dev…) : non lu
catalog-too-many-folders = plus de { $limit } dossiers sous le catalogue : aucun catalogue n'en a autant, la lecture s'arrête donc ici (indiquez à --data le dossier même du catalogue)
catalog-too-many-files = plus de { $limit } fichiers de catalogue sous le catalogue : aucun catalogue n'en a autant, la lecture s'arrête donc ici (indiquez à --data le dossier même du catalogue)
catalog-fifo-not-read = un FIFO, pas un fichier ordinaire : non lu
catalog-socket-not-read = une socket, pas un fichier ordinaire : non lue
catalog-device-not-read = un périphérique, pas un fichier ordinaire : non lu
catalog-file-changed = pas un fichier ordinaire (il a changé depuis que le catalogue a été listé)
catalog-file-too-large = le fichier dépasse la limite de { $mib } Mio par fichier de catalogue ; répartissez-le en plusieurs fichiers

### ---------------------------------------------------------------------------------------
### The importer's diagnostics (`showfloor import`, and `--data` given a schedule or a
### spreadsheet), at the imported file's line and column, or a spreadsheet's cell.
### ---------------------------------------------------------------------------------------
## Les noms d'éléments (`<event>`), les clés JSON, les propriétés iCalendar (DTSTART), les
## champs de `--columns` et les valeurs citées du fichier restent tels que le fichier les
## écrit ; de même les noms que l'import donne à ce qui n'en a pas (« Untitled »,
## « Conference »), qu'il écrit dans le catalogue. Le texte de catalogue qu'écrit un import
## (ses commentaires, ses `sources`) reste en anglais dans toutes les langues : c'est un
## fichier, pas un message.

## Ce que contient un fichier, tel que `showfloor import` dit l'avoir écrit.
import-count-events = { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    }
import-count-talks = { $count ->
        [one] { $count } exposé
       *[other] { $count } exposés
    }
import-count-people = { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
import-count-companies = { $count ->
        [one] { $count } entreprise
       *[other] { $count } entreprises
    }
import-count-systems = { $count ->
        [one] { $count } système
       *[other] { $count } systèmes
    }
import-count-nothing = rien

## Les formats, et le format d'un fichier.
import-format-toml = catalogue showfloor
import-format-frab-xml = XML de programme frab/Pentabarf
import-format-schedule-json = JSON de programme c3voc
import-format-icalendar = iCalendar
import-format-csv = tableur CSV
import-format-xlsx = tableur XLSX
import-format-ods = tableur ODS
import-format-xls = tableur XLS
import-misnamed = le nom annonce le format { $named } mais le contenu est au format { $content } ; lu au format { $content }
import-unknown-format = pas un fichier que showfloor lit : il attend un catalogue (TOML), un programme (XML frab, JSON c3voc, iCalendar) ou un tableur (CSV, XLSX, ODS)

## Les exposés d'un programme : `{ $label }` est l'un de ces trois, `{ $problem }` import-ends-before-start.
import-event-numbered = l'événement { $id }
import-event-titled = l'événement « { $title } »
import-an-event = un événement
import-event-problem = { $label } : { $problem }
import-ends-before-start = il finit au moment où il commence, ou avant ; sa fin est omise

## Le XML frab/Pentabarf.
import-xml-malformed = XML mal formé : { $error }
import-xml-malformed-in = XML mal formé : dans <{ $element }> : { $error }
import-xml-malformed-attribute = XML mal formé : attribut `{ $attribute }` : { $error }
import-xml-too-deep = les éléments s'imbriquent sur plus de { $depth } niveaux ; ce n'est pas un programme
import-xml-unclosed = XML mal formé : <{ $element }> n'est jamais fermé
import-xml-empty = aucun élément XML dans le fichier
import-xml-second-root = XML mal formé : un second élément racine
import-frab-not-utf8 = le fichier n'est pas en UTF-8 (convertissez-le, par exemple avec iconv -t UTF-8)
import-frab-wrong-root = l'élément racine est <{ $root }>, pas <schedule> : ce n'est pas un programme frab/Pentabarf
import-frab-no-conference = le programme n'a pas de <conference> : son titre et ses dates sont inconnus
import-frab-unknown-element = élément <{ $element }> inconnu dans <{ $parent }> ; ignoré (ici et partout ailleurs où il apparaît)
import-frab-no-title = la conférence n'a pas de <title> ; elle s'appelle « Conference »
import-frab-unknown-time-zone = fuseau horaire `{ $name }` inconnu ; les heures sont lues avec le décalage qu'elles indiquent
import-frab-day-change = <day_change> n'est pas une heure (HH:MM) ; ignoré
import-frab-not-a-date = <{ $element }> `{ $text }` n'est pas une date (AAAA-MM-JJ) ; ignoré
import-frab-id-not-number = l'identifiant d'événement `{ $id }` n'est pas un nombre, comme le veut le format des programmes ; gardé tel quel
import-frab-no-id = { $label } n'a ni id ni guid ; son identifiant est tiré de son titre
import-frab-id-twice = { $label } : l'identifiant `{ $id }` sert aussi ligne { $line }, colonne { $column } ; les deux sont gardés, séparément
import-frab-bad-duration = { $label } : la durée `{ $text }` n'est pas au format HH:MM ; sa fin est omise
import-frab-no-duration = { $label } n'a pas de <duration> ; sa fin est inconnue
import-frab-untitled = { $label } n'a pas de <title> ; il s'appelle « Untitled »
import-frab-bad-date = { $label } : <date> `{ $text }` n'est pas une date et heure ; la date de son jour et <start> servent à la place
import-frab-start-without-date = { $label } a un <start> mais pas de <date>, et son <day> n'a pas de date ; ignoré
import-frab-no-start = { $label } n'a ni <date> ni <start> ; ignoré

## Le JSON de programme c3voc : `{ $level }` est l'endroit où se trouve une clé inconnue.
import-json-not-utf8 = pas du texte UTF-8 : le JSON d'un programme doit être en UTF-8
import-json-invalid = JSON invalide : { $error }
import-json-not-object = pas un programme c3voc : le JSON n'est pas un objet contenant `schedule`
import-json-schema-version = `$schema` vaut `{ $schema }`, la version { $version } des programmes c3voc, que showfloor ne lit pas (il lit les versions 1 et 2)
import-json-other-schema = `$schema` vaut `{ $schema }`, qui n'est pas un schéma de programme c3voc ; lu comme tel malgré tout
import-json-no-schedule = pas un programme c3voc : aucun objet `schedule`
import-json-no-conference = pas un programme c3voc : `schedule` n'a pas d'objet `conference`
import-json-listed-twice = les exposés sont listés à la fois dans `schedule.events` et dans les salles des jours ; `schedule.events` est lu
import-json-no-talks = le programme ne liste aucun exposé
import-json-unknown-key = la clé `{ $key }` { $level ->
        [file] du fichier
        [day] d'un jour
        [talk] d'un exposé
       *[conference] de `conference`
    } n'est pas dans le schéma des programmes c3voc ; ignorée (signalé une fois)
import-json-unknown-time-zone = le fuseau horaire `{ $name }` n'est pas de ceux que showfloor connaît ; les heures sont lues avec le décalage qu'elles indiquent
import-json-no-title = la conférence n'a pas de `title` ; elle s'appelle `{ $name }`
import-json-bad-date = le `{ $key }` de la conférence, `{ $text }`, n'est pas une date ; il est omis
import-json-day-no-date = un jour sans `date` lisible
import-json-day-not-object = un jour doit être un objet ; ignoré
import-json-rooms-not-object = le `rooms` d'un jour doit être un objet ; ignoré
import-json-room-not-array = la salle `{ $room }` doit lister ses exposés dans un tableau ; ignorée
import-json-room-unlisted = la salle `{ $room }` n'est pas dans `conference.rooms` ; ses exposés y sont gardés
import-json-talk-not-object = un exposé doit être un objet ; ignoré
import-json-talk-untitled = un exposé sans `title` ; ignoré
import-json-talk-problem = l'exposé `{ $title }` : { $problem }
import-json-date-without-time = l'exposé `{ $title }` : sa `date` `{ $date }` n'a pas d'heure ; lue comme { $on } { $time } avec son `start`
import-json-bad-talk-date = l'exposé `{ $title }` : sa date `{ $text }` est illisible ; l'exposé est ignoré
import-json-no-start = l'exposé `{ $title }` n'a ni `date` ni `start` ; ignoré
import-json-start-without-day = l'exposé `{ $title }` a une heure de début mais pas de `date`, ni de date de jour où le placer ; ignoré
import-json-date-from-day = l'exposé `{ $title }` n'a pas de `date` ; lu comme { $date } { $time } d'après son jour et son `start`{ $next_day ->
        [yes] {" "}(après minuit, le lendemain)
       *[no] {""}
    }
import-json-bad-start = l'exposé `{ $title }` : son début `{ $text }` est illisible ; l'exposé est ignoré
import-json-bad-end = l'exposé `{ $title }` : sa fin `{ $text }` est illisible ; il n'a pas de fin
import-json-no-duration = l'exposé `{ $title }` n'a pas de durée ; il n'a pas de fin
import-json-bad-duration = l'exposé `{ $title }` : sa durée `{ $text }` est illisible ; il n'a pas de fin
import-json-id-not-number = l'identifiant d'exposé `{ $id }` n'est pas un nombre, comme le veut le format des programmes ; gardé tel quel
import-json-id-twice = l'identifiant d'exposé { $id } sert aussi à { $line }:{ $column } ; les deux sont gardés, séparément
import-json-room-differs = l'exposé `{ $title }` nomme la salle `{ $room }` mais est listé sous `{ $listed }` ; il est placé dans `{ $listed }`
import-json-escaped-html = `{ $key }` contient du HTML échappé (`&lt;…&gt;`) ; il est décodé (signalé une fois)
import-json-speakers-as-names = les intervenants sont donnés par leur nom, pas comme des objets ; lus comme des noms (signalé une fois)
import-json-speaker-unnamed = l'exposé `{ $title }` a un intervenant sans nom ; omis

## iCalendar.
import-ical-not-utf8 = le fichier n'est pas en UTF-8, comme l'exige iCalendar
import-ical-too-deep = les composants s'imbriquent sur plus de { $depth } niveaux ; ce n'est pas un calendrier que showfloor lit
import-ical-unreadable = fichier iCalendar illisible : { $error }
import-ical-unknown-time-zone = le fuseau horaire `{ $name }` n'est pas un nom IANA que showfloor connaît ; les heures sont lues telles qu'écrites
import-ical-no-start = { $label } n'a pas de DTSTART lisible ; ignoré
import-ical-repeats = { $label } se répète (RRULE) ; il est importé une fois, à sa première date
import-ical-untitled = un événement n'a pas de SUMMARY ; il s'appelle « Untitled »
import-ical-no-end = { $label } n'a ni DTEND ni DURATION ; sa fin est inconnue

## Les tableurs : un problème dans une cellule se dit après le nom de la cellule (`B7`).
## `{ $header }` est un en-tête tel que la feuille l'écrit, `{ $column }` et `{ $fields }`
## des champs de `--columns`.
import-cell = { $cell } : { $message }
import-csv-not-utf8 = le fichier n'est pas en UTF-8 : enregistrez la feuille au format « CSV UTF-8 » et importez celui-ci
import-csv-unreadable = fichier CSV illisible : { $error }
import-workbook-unreadable = impossible de lire ce { $format } : { $error }
import-sheet-past-columns = les cellules au-delà de la colonne { $last } ({ $max } colonnes) ne sont pas lues
import-sheet-past-rows = la feuille a plus de { $max } lignes ; celles après la ligne { $row } ne sont pas lues
import-sheet-past-cells = la feuille a plus de { $max } cellules ; le reste n'est pas lu
import-sheet-past-repeats = la feuille répète des cellules plus de { $max } fois ; les répétitions à partir d'ici ne sont pas lues
import-sheet-other-sheets = seule la feuille `{ $sheet }` est lue ; les autres feuilles du classeur ({ $others }) ne le sont pas
import-sheet-no-name = la ligne { $row } n'a pas de nom d'entreprise ; ignorée
import-sheet-exhibitor-twice = l'exposant `{ $name }` figure aussi ligne { $row } ; les deux sont gardés
import-sheet-empty-row = la ligne { $row } est vide ; ignorée{ $more ->
        [0] {""}
        [one] {" "}(comme { $more } autre ligne vide avant le dernier exposant)
       *[other] {" "}(comme { $more } autres lignes vides avant le dernier exposant)
    }
import-sheet-header-row = la ligne d'en-tête est la ligne { $row }, pas la première ; { $skipped ->
        [0] il n'y a que des lignes vides au-dessus
        [one] la ligne au-dessus est ignorée
       *[other] les { $skipped } lignes au-dessus sont ignorées
    }
import-sheet-second-column = `{ $header }` est une seconde colonne { $column } (la première est { $first }) ; non lue
import-sheet-more-columns = { $count ->
        [one] { $count } autre colonne à partir d'ici n'est pas lue
       *[other] { $count } autres colonnes à partir d'ici ne sont pas lues
    }
import-sheet-column-not-read = la colonne `{ $header }` n'est pas lue (showfloor lit { $fields } ; --columns en nomme d'autres)
import-sheet-no-header-row = aucune ligne d'en-tête n'a été trouvée
import-sheet-headers-are = les en-têtes sont { $headers }
import-sheet-no-such-header = --columns { $column }={ $header } : aucune colonne n'a cet en-tête ; { $seen }
import-sheet-empty = la feuille est vide
import-sheet-first-row = la première ligne contient { $headers }
import-sheet-no-name-column = aucune colonne de noms d'entreprise trouvée ({ $seen }) ; nommez-la avec --columns name=LETTRE ou name=EN-TÊTE

## --columns CHAMP=COLONNE,…
import-columns-not-pair = `{ $part }` n'est pas de la forme CHAMP=COLONNE (par exemple name=B ou stand=Booth)
import-columns-unknown-field = champ `{ $field }` inconnu ; les champs sont { $fields }{ $hint }
import-columns-no-column = `{ $field }=` ne nomme aucune colonne : donnez sa lettre (B) ou son en-tête
import-columns-twice = `{ $field }` est donné deux fois
import-columns-none = aucune colonne nommée : écrivez des paires CHAMP=COLONNE, par exemple name=B,stand=D

## Réunir les fichiers.
import-exhibitor-twice = l'exposant `{ $name }` est aussi listé à { $place } ; la première mention est gardée
import-country-no-letters = le pays `{ $name }` de `{ $company }` ne comporte ni lettre ni chiffre ; omis

## showfloor graph : le voisinage d’une fiche, pour les scripts, les rapports et Graphviz.
help-graph-about = Le voisinage d’une fiche : ce qu’elle nomme et ce qui la nomme, et les leurs, à 1, 2 ou 3 liens, en arbre, en DOT, en Mermaid ou en JSON
help-graph-id = L’identifiant de la fiche, ou un nom ou alias qu’une seule fiche porte, comme pour `show`
help-graph-depth = À combien de liens aller, de 1 à 3
help-graph-format = text : l’arbre que dessine la vue des relations du navigateur ; dot : Graphviz ; mermaid ; json
help-graph-format-text = L’arbre que dessine la vue des relations (r) du navigateur
help-graph-format-dot = Graphviz DOT (`dot -Tsvg`)
help-graph-format-mermaid = Un organigramme Mermaid, pour le Markdown
help-graph-format-json = Du JSON pour les programmes : les fiches, les liens et les groupes décomptés
cli-graph-legend = { $records ->
        [one] { $records } fiche
       *[other] { $records } fiches
    }, à { $depth ->
        [one] { $depth } lien
       *[other] { $depth } liens
    } au plus. → la fiche du dessus la nomme dans ce champ ; ← elle nomme la fiche du dessus ; les groupes de plus de { $limit } sont décomptés.
