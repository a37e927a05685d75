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

### ---------------------------------------------------------------------------------------
### The config file's diagnostics (`showfloor config --check`).
### ---------------------------------------------------------------------------------------
## Les mots entre accents graves, `[keys.…]` et les touches entre guillemets sont les mots de
## la configuration elle-même : ils restent tels que le fichier les écrit. `{ $names }` et
## les autres listes sont des listes de ces mots.

## Le fichier lui-même : où il est, ce qu'il est, comment il se lit.
config-no-such-file = fichier introuvable (indiqué par { $flag })
config-cannot-read = impossible de le lire : { $error }
config-not-a-file = { $kind ->
        [directory] un dossier
        [fifo] un tube nommé (FIFO)
        [char-device] un périphérique en mode caractère
        [block-device] un périphérique en mode bloc
        [socket] une socket
       *[other] pas un fichier ordinaire
    }, pas un fichier de configuration
config-changed-while-read = ce n'est plus un fichier ordinaire (il a changé pendant sa lecture)
config-too-large = la configuration dépasse { $mib } Mio ; une configuration tient en quelques kilo-octets
config-not-utf8 = le fichier n'est pas du texte UTF-8
## Une erreur de syntaxe TOML : `{ $error }` est le texte de l'analyseur TOML (en anglais),
## `{ $source }` celui du fichier.
config-toml-syntax = syntaxe TOML : { $error }
config-toml-syntax-at = syntaxe TOML : { $error } (à `{ $source }`)
config-toml-too-deep = syntaxe TOML : une clé de plus de { $parts } parties est imbriquée trop profondément{ $more ->
        [0] {""}
        [one] {" "}(et une autre clé après elle)
       *[other] {" "}(et { $more } autres clés après elle)
    }
## Au-delà de cent problèmes, les autres sont comptés.
config-more-problems = { $count ->
        [one] et { $count } autre problème ; corrigez d'abord ceux-ci
       *[other] et { $count } autres problèmes ; corrigez d'abord ceux-ci
    }

## Les réglages.
config-data-not-paths = `data` est un chemin ou une liste de chemins
config-data-not-string = `data` est une liste de chemins, sous forme de chaînes
config-data-empty = chemin vide : indiquez un dossier ou un fichier de catalogue
config-data-missing = dossier ou fichier de catalogue introuvable : { $path }
config-state-empty = chemin vide : indiquez le fichier d'état
config-state-not-string = `state` est un chemin, sous forme de chaîne
config-mouse-not-bool = `mouse` vaut true ou false
config-language-unknown = `{ $language }` n'est pas une langue que showfloor connaît (il connaît { $languages })
config-language-not-string = `language` est un code de langue, sous forme de chaîne

## Un nom que la configuration ne connaît pas : `{ $hint }` est config-did-you-mean, ou rien
## quand aucun nom n'est proche.
config-did-you-mean = {" "}(vouliez-vous dire `{ $guess }` ?)
config-unknown-key = clé `{ $word }` inconnue{ $hint } ; les clés possibles sont { $names }
config-unknown-key-table = table de touches `{ $word }` inconnue{ $hint } ; les tables possibles sont { $names }
config-unknown-preset = préréglage `{ $word }` inconnu{ $hint } ; les préréglages sont { $names }
config-unknown-theme = thème `{ $word }` inconnu{ $hint } ; les thèmes sont { $names }
config-unknown-role = rôle `{ $word }` inconnu{ $hint } ; les rôles sont { $names }
config-unknown-action = action `{ $word }` inconnue{ $hint } ; dans [keys.{ $table }], les actions sont { $names }, ou `none` pour libérer la touche

## Les touches.
config-keys-not-table = `keys` est une table : écrivez `[keys]`
config-preset-not-string = `preset` est un nom : { $names }
config-key-table-not-table = `keys.{ $table }` est une table de "TOUCHE" = "ACTION" : écrivez `[keys.{ $table }]`
config-key-sequence-too-long = `{ $key }` : une séquence compte au plus { $max } touches
config-key-not-sequence = `{ $key }` n'est pas une séquence de touches
config-key-control = `{ $char }` est un caractère de contrôle, pas un nom de touche
config-key-unknown = `{ $key }` n'est pas une touche : écrivez un caractère (`j`, `G`, `?`) ou une touche nommée ({ $names }, `f1`…`f12`), seuls ou précédés de `ctrl-` ou `alt-`
config-key-twice = la touche `{ $key }` est déjà liée dans [keys.{ $table }] à la ligne { $line }, colonne { $column } ; une touche ne fait qu'une chose dans un contexte
config-action-not-string = une action est un nom, sous forme de chaîne (`"down"`), ou `"none"`
config-action-elsewhere = `{ $action }` ne fait rien dans [keys.{ $table }] ; elle s'applique dans { $tables }
config-sequence-shadowed = `{ $first }` agit déjà seule dans [keys.{ $table }], la séquence ne pourrait donc jamais être tapée ; libérez d'abord cette touche avec "{ $first }" = "none"
config-sequence-starts-with-letter = dans [keys.{ $table }], les lettres servent à écrire, une séquence ne peut donc pas commencer par une lettre ; commencez-la par ctrl- ou alt-
config-sequences-begin-alike = `{ $key }` et `{ $other }` commencent de la même façon dans [keys.{ $table }], la plus longue ne pourrait donc jamais être tapée
config-key-hidden-by-anywhere = `{ $key }` est liée dans [keys.anywhere], consultée en premier : cette liaison dans [keys.{ $table }] n'agirait donc jamais

## Les couleurs.
config-theme-not-string = `theme` est un nom : { $names }
config-colors-not-table = `colors` est une table : écrivez `[colors]`
config-role-not-string = `{ $role }` est un style, sous forme de chaîne (`"yellow bold"`)
config-style-empty = style vide : écrivez-en un (`"yellow bold"`), ou `"none"` pour du texte sans style
config-style-on-without-colour = `{ $style }` : `on` doit être suivi d'une couleur
config-style-two-backgrounds = `{ $style }` a deux couleurs de fond
config-style-two-colours = `{ $style }` a deux couleurs ; une seconde couleur est un fond, après `on`
config-style-unknown-word = `{ $word }` n'est ni une couleur ni un style : les couleurs sont { $colours }, 0–255 ou #rrggbb, `on COULEUR` un fond ; les styles sont { $styles }
config-style-unknown-word-in = `{ $word }` dans `{ $style }` n'est ni une couleur ni un style : les couleurs sont { $colours }, 0–255 ou #rrggbb, `on COULEUR` un fond ; les styles sont { $styles }

## Les commentaires de `showfloor config --default`, chacun un paragraphe (le programme le
## coupe en lignes qu'il commence par `#`) ; les noms et valeurs des réglages restent ceux de TOML.
config-default-intro = La configuration de showfloor. Chaque réglage ci-dessous a sa valeur par défaut, sauf si vous l'avez changé : supprimez ce que vous ne changez pas. `showfloor config` dit où placer ce fichier ; `showfloor config --check` le vérifie.
config-default-data = Les catalogues à ouvrir quand --data n'en nomme aucun : dossiers, fichiers de catalogue ou fichiers publiés d'un salon (chemins depuis le dossier de ce fichier, ou depuis ~/ pour votre dossier personnel).
config-default-state = Où les marques et les notes sont gardées (par défaut, un fichier par catalogue dans le dossier de données de la plateforme).
config-default-mouse = Les clics et la molette de la souris dans le navigateur (désactivés : le terminal sélectionne le texte).
config-default-language-unset = La langue de l'interface : { $languages } ; sans ce réglage, LC_ALL, LC_MESSAGES ou LANG décident (--lang l'emporte).
config-default-language = La langue de l'interface : { $languages } (--lang l'emporte).
config-default-colors = Les couleurs : un thème intégré ({ $themes }), puis un style pour chaque rôle ci-dessous : une couleur (une couleur ANSI nommée, qui suit la palette du terminal ; 0-255 ; ou #rrggbb), `on` et une couleur de fond, et bold, dim, italic, underline, reverse, strike. NO_COLOR l'emporte toujours.
config-default-keys = Partir d'un préréglage : { $presets }. Les tables ci-dessous le modifient : "TOUCHE" = "ACTION", ou "none" pour libérer une touche. Touches : un caractère ("j", "G") ou une touche nommée ("enter", "esc", "tab", "up", "pgdn", "space", "f1"…), seuls ou précédés de "ctrl-" ou "alt-".
config-default-other-keys = autres touches : { $what }
