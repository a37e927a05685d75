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
