<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlmaClient</name>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="34"/>
        <location filename="../app/api/AlmaClient.cpp" line="274"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="33"/>
        <location filename="../app/api/AlmaClient.cpp" line="36"/>
        <source>Alma did not answer in time.</source>
        <translation>Alma n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="40"/>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="43"/>
        <source>Could not reach Alma: %1</source>
        <translation>Impossible de joindre Alma : %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="186"/>
        <source>Alma&apos;s answer to %1 is larger than %2 MB; it was not read.</source>
        <translation>La réponse d&apos;Alma à %1 dépasse %2 Mo ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="191"/>
        <source>Alma&apos;s answer to %1 did not arrive within %2 seconds.</source>
        <translation>La réponse d&apos;Alma à %1 n&apos;est pas arrivée en %2 secondes.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="200"/>
        <source>Alma answered with a redirect to %1; check the API address.</source>
        <translation>Alma a répondu par une redirection vers %1 ; vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="208"/>
        <source>Alma&apos;s answer to %1 is not JSON.</source>
        <translation>La réponse d&apos;Alma à %1 n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="315"/>
        <source>Alma lists more than %1 items at %2; this program reads at most that many.</source>
        <translation>Alma liste plus de %1 éléments sous %2 ; ce programme n&apos;en lit pas davantage.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="362"/>
        <source>Alma said %1 holds %2 items but its pages held %3; the list was not used.</source>
        <translation>Selon Alma, %1 contient %2 éléments, mais ses pages en contenaient %3 ; la liste n&apos;a pas été utilisée.</translation>
    </message>
</context>
<context>
    <name>AlmaCommands</name>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="121"/>
        <source>Compares a setup with what Alma holds and lists, per item, create, update (with the fields that change) or already as wanted, then the manual steps left. Nothing is written to Alma.</source>
        <translation>Compare une configuration avec le contenu d&apos;Alma et indique, pour chaque élément, s&apos;il faut le créer, le mettre à jour (avec les champs qui changent) ou s&apos;il est déjà conforme, puis liste les étapes manuelles restantes. Rien n&apos;est écrit dans Alma.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="124"/>
        <source>Creates or updates the temporary locations (with the circulation desk attached) and the partners in Alma. Never deletes anything. Each item&apos;s result is saved into FILE, and a second push does only what is left.</source>
        <translation>Crée ou met à jour dans Alma les localisations temporaires (avec le bureau de prêt rattaché) et les partenaires. Ne supprime jamais rien. Le résultat de chaque élément est enregistré dans FILE, et un second envoi ne fait que ce qui reste à faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="127"/>
        <source>Reads back the library, the circulation desk, the locations, the job, the item policy and the partners, ticks the steps that match and saves a finding for what differs.</source>
        <translation>Relit dans Alma la bibliothèque, le bureau de prêt, les localisations, la tâche, la politique d&apos;exemplaire et les partenaires, coche les étapes qui correspondent et enregistre un constat pour chaque écart.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="199"/>
        <location filename="../app/cli/AlmaCommands.cpp" line="208"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="77"/>
        <source>The setup file; the results are saved into it.</source>
        <translation>Le fichier de configuration ; les résultats y sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="82"/>
        <source>Usage: %1 %2 FILE (--region R | --alma-url URL | --sandbox)</source>
        <translation>Utilisation : %1 %2 FILE (--region R | --alma-url URL | --sandbox)</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="138"/>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="144"/>
        <source>Retrying %1 in %2 ms (attempt %3): %4</source>
        <translation>Nouvel essai de %1 dans %2 ms (tentative %3) : %4</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="106"/>
        <source>Alma allows %1 more API calls today.</source>
        <translation>Alma autorise encore %1 appels d&apos;API aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="48"/>
        <source>  plan FILE               compare FILE with Alma: what a push would create or update,
                          and the manual steps left (writes nothing to Alma)
  push FILE               create or update the temporary locations and the partners
  verify FILE             read back what Alma holds and tick the steps that match
  pull FILE [--library CODE]
                          read the partners and the two locations from Alma into FILE
                          (new, or existing: its ticks stay); a read-only key is enough
      with --region R (na, eu, ap, aps, ca, cn) or --alma-url URL, the API key in
      ALMA_API_KEY, or --sandbox; results are saved into FILE; exit 0 all done,
      1 some items failed, 2 unreadable input or wrong key or address
  sandbox [--port N]      run the built-in simulated Alma on 127.0.0.1 until stopped
</source>
        <translation>  plan FILE               compare FILE avec Alma : ce que push créerait ou mettrait à jour,
                          et les étapes manuelles restantes (n&apos;écrit rien dans Alma)
  push FILE               crée ou met à jour les localisations temporaires et les partenaires
  verify FILE             relit le contenu d&apos;Alma et coche les étapes qui correspondent
  pull FILE [--library CODE]
                          importe d&apos;Alma dans FILE les partenaires et les deux localisations
                          (nouveau ou existant : ses coches restent) ; lecture seule suffisante
      avec --region R (na, eu, ap, aps, ca, cn) ou --alma-url URL et la clé d&apos;API dans
      ALMA_API_KEY, ou --sandbox ; résultats enregistrés dans FILE ; code de sortie
      0 terminé, 1 échec partiel, 2 entrée illisible, clé ou adresse erronée
  sandbox [--port N]      lance l&apos;Alma simulé intégré sur 127.0.0.1 jusqu&apos;à son arrêt
</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="108"/>
        <source>This was a sandbox run: nothing was written to a real Alma.</source>
        <translation>Exécution dans la sandbox : rien n&apos;a été écrit dans un véritable Alma.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="114"/>
        <source>Saved the results into %1.</source>
        <translation>Résultats enregistrés dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="192"/>
        <source>Runs the built-in simulated Alma on 127.0.0.1 until stopped (Ctrl+C). It holds a demo institution and accepts the keys sandbox-read-write and sandbox-read-only. Try: ALMA_API_KEY=sandbox-read-write %1 plan FILE --alma-url http://127.0.0.1:PORT</source>
        <translation>Lance l&apos;Alma simulé intégré sur 127.0.0.1 jusqu&apos;à son arrêt (Ctrl+C). Il contient une institution de démonstration et accepte les clés sandbox-read-write et sandbox-read-only. Essayez : ALMA_API_KEY=sandbox-read-write %1 plan FILE --alma-url http://127.0.0.1:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="199"/>
        <source>The port to listen on (default: any free one).</source>
        <translation>Le port d&apos;écoute (par défaut : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="201"/>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Retarde chaque réponse de MS millisecondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="201"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="203"/>
        <source>Answer this share of calls (0 to 1) with HTTP 500 or 503.</source>
        <translation>Répond HTTP 500 ou 503 à cette proportion des appels (de 0 à 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="203"/>
        <location filename="../app/cli/AlmaCommands.cpp" line="205"/>
        <source>SHARE</source>
        <translation>SHARE</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="205"/>
        <source>Drop the connection of this share of calls (0 to 1) after doing the work.</source>
        <translation>Coupe la connexion pour cette proportion des appels (de 0 à 1), une fois le travail effectué.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="207"/>
        <source>The per-second threshold (default 25).</source>
        <translation>Le seuil d&apos;appels par seconde (par défaut : 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="224"/>
        <source>Check the numbers: --port 0-65535, --latency in ms, shares from 0 to 1, --calls-per-second at least 1.</source>
        <translation>Vérifiez les nombres : --port de 0 à 65535, --latency en ms, proportions de 0 à 1, --calls-per-second au moins 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="233"/>
        <source>Could not listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 ; le port est-il déjà utilisé ?</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="236"/>
        <source>Alma sandbox listening on %1/almaws/v1 (keys: %2, %3). Stop it with Ctrl+C.</source>
        <translation>Sandbox Alma à l&apos;écoute sur %1/almaws/v1 (clés : %2, %3). Arrêtez-la avec Ctrl+C.</translation>
    </message>
</context>
<context>
    <name>AlmaDialog</name>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="44"/>
        <location filename="../app/gui/AlmaDialog.cpp" line="507"/>
        <source>Alma: Plan, Push and Verify</source>
        <translation>Alma : planifier, envoyer et vérifier</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="55"/>
        <source>The API key was taken from the system keychain.</source>
        <translation>La clé d&apos;API a été lue dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="93"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="96"/>
        <source>Built-in sandbox: try it without Alma</source>
        <translation>Sandbox intégrée : essayer sans Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="219"/>
        <source>North America (na)</source>
        <translation>Amérique du Nord (na)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="221"/>
        <source>Europe (eu)</source>
        <translation>Europe (eu)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="223"/>
        <source>Asia Pacific (ap)</source>
        <translation>Asie-Pacifique (ap)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="225"/>
        <source>Australia and New Zealand (aps)</source>
        <translation>Australie et Nouvelle-Zélande (aps)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="227"/>
        <source>Canada (ca)</source>
        <translation>Canada (ca)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="229"/>
        <source>China (cn)</source>
        <translation>Chine (cn)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="99"/>
        <source>Another address…</source>
        <translation>Autre adresse…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="100"/>
        <source>&amp;Alma:</source>
        <translation>&amp;Alma :</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="103"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="106"/>
        <source>From Alma&apos;s Developer Network: needs Configuration and Partners, read/write</source>
        <translation>À obtenir sur le Developer Network d&apos;Alma : droits Configuration et Partners en lecture/écriture</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="107"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="108"/>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>&amp;Mémoriser la clé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="110"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated Alma on this computer with a demo institution (libraries MAIN, RS and LAW). Nothing reaches your institution, and what you push is gone when the program closes.</source>
        <translation>&lt;b&gt;Sandbox :&lt;/b&gt; un Alma simulé sur cet ordinateur, avec une institution de démonstration (bibliothèques MAIN, RS et LAW). Rien n&apos;atteint votre institution, et ce que vous envoyez disparaît à la fermeture du programme.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="116"/>
        <location filename="../app/gui/AlmaDialog.cpp" line="193"/>
        <source>(not connected yet)</source>
        <translation>(pas encore connecté)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="119"/>
        <source>Institution:</source>
        <translation>Institution :</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="120"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="121"/>
        <source>Shows what the key may read and write</source>
        <translation>Montre ce que la clé peut lire et écrire</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="135"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lanifier</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="136"/>
        <source>Compare the setup with Alma: what a push would create or update (writes nothing)</source>
        <translation>Compare la configuration avec Alma : ce qu&apos;un envoi créerait ou mettrait à jour (n&apos;écrit rien)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="137"/>
        <source>&amp;Push…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="138"/>
        <source>Create or update the items of the plan in Alma; never deletes</source>
        <translation>Crée ou met à jour dans Alma les éléments du plan ; ne supprime jamais rien</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="139"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="140"/>
        <source>Read back what Alma holds and tick the steps that match</source>
        <translation>Relit le contenu d&apos;Alma et coche les étapes qui correspondent</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="141"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="345"/>
        <source>Every item left to push has a problem (listed in the plan); fix them and plan again.</source>
        <translation>Chaque élément restant à envoyer a un problème (indiqué dans le plan) ; corrigez-les et relancez le plan.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="358"/>
        <source>%1, institution %2</source>
        <translation>%1, institution %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="361"/>
        <source>Push to %1: %2 and %3, as listed in the plan?</source>
        <translation>Envoyer vers %1 : %2 et %3, comme indiqué dans le plan ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="362"/>
        <source>create %n item(s)</source>
        <translation>
            <numerusform>créer %n élément</numerusform>
            <numerusform>créer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="362"/>
        <source>update %n item(s)</source>
        <translation>
            <numerusform>mettre à jour %n élément</numerusform>
            <numerusform>mettre à jour %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="363"/>
        <source>Nothing is deleted, and each update keeps the fields the wizard does not manage.</source>
        <translation>Rien n&apos;est supprimé, et chaque mise à jour conserve les champs que l&apos;assistant ne gère pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="366"/>
        <source>%n item(s) with open errors or problems (marked in the plan) are skipped; fix them and push again.</source>
        <translation>
            <numerusform>%n élément avec des erreurs ou problèmes ouverts (marqué dans le plan) est ignoré ; corrigez-le et relancez l&apos;envoi.</numerusform>
            <numerusform>%n éléments avec des erreurs ou problèmes ouverts (marqués dans le plan) sont ignorés ; corrigez-les et relancez l&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="369"/>
        <source>&amp;Push %n item(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %n élément</numerusform>
            <numerusform>&amp;Envoyer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="433"/>
        <source>The sandbox is not your Alma: what matches is recorded, but no step of the checklist is ticked; what differs is listed with the section&apos;s findings.</source>
        <translation>La sandbox n&apos;est pas votre Alma : les concordances sont enregistrées, mais aucune étape de la liste n&apos;est cochée ; les écarts figurent dans les vérifications de la section.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="452"/>
        <source>Skipped (%1)</source>
        <translation>Ignoré (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="512"/>
        <source>%Ln API call(s) left today</source>
        <translation>
            <numerusform>%Ln appel d&apos;API restant aujourd&apos;hui</numerusform>
            <numerusform>%Ln appels d&apos;API restants aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="159"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="172"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="172"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="172"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="173"/>
        <source>Items in Alma</source>
        <translation>Éléments dans Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="204"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="206"/>
        <source>Reading what Alma holds…</source>
        <translation>Lecture du contenu d&apos;Alma…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="209"/>
        <source>Reading back from Alma…</source>
        <translation>Relecture depuis Alma…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="272"/>
        <source>The sandbox could not start: no free port on 127.0.0.1.</source>
        <translation>La sandbox n&apos;a pas pu démarrer : aucun port libre sur 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="283"/>
        <source>Enter the API key first.</source>
        <translation>Saisissez d&apos;abord la clé d&apos;API.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="309"/>
        <source>Alma asked to slow down or failed for a moment (%1); trying again in %2 s.</source>
        <translation>Alma a demandé de ralentir ou a connu une défaillance passagère (%1) ; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="317"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="344"/>
        <source>Everything in the plan is already as wanted; there is nothing to push.</source>
        <translation>Tout ce qui figure dans le plan est déjà conforme ; il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="356"/>
        <source>the Alma sandbox</source>
        <translation>la sandbox Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="356"/>
        <source>Alma at %1</source>
        <translation>Alma (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="360"/>
        <source>Push to Alma</source>
        <translation>Envoyer vers Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="377"/>
        <source>Pushing…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="394"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="394"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="398"/>
        <source>Stopped: what was not reached is left for the next run.</source>
        <translation>Arrêté : ce qui n’a pas été atteint reste pour la prochaine exécution.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="405"/>
        <source>%1: write</source>
        <translation>%1 : écriture</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="405"/>
        <source>%1: read</source>
        <translation>%1 : lecture</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="408"/>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="407"/>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="142"/>
        <source>Stop now; what is not reached is left for the next run</source>
        <translation>Arrêter maintenant ; ce qui n&apos;est pas atteint reste pour la prochaine exécution</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="409"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="417"/>
        <source>Connected: the key may read and write both the configuration and the partners.</source>
        <translation>Connecté : la clé peut lire et écrire à la fois la configuration et les partenaires.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="418"/>
        <source>Connected, but the key may not do everything a push needs: see the list.</source>
        <translation>Connecté, mais la clé ne permet pas tout ce qu&apos;exige un envoi : voir la liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="435"/>
        <source>Steps that Alma shows as done are ticked in the checklist; what differs is listed with the section&apos;s findings.</source>
        <translation>Les étapes qu&apos;Alma montre comme réalisées sont cochées dans la liste des étapes ; les écarts figurent dans les vérifications de la section.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="440"/>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="464"/>
        <source>Nothing to push: enter the library code, the temporary locations or partners first.</source>
        <translation>Rien à envoyer : saisissez d&apos;abord le code de la bibliothèque, les localisations temporaires ou les partenaires.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="466"/>
        <source>%n step(s) of the checklist are left to do by hand in Alma; they stay in the checklist.</source>
        <translation>
            <numerusform>%n étape est à effectuer manuellement dans Alma ; elle reste dans la liste des étapes.</numerusform>
            <numerusform>%n étapes sont à effectuer manuellement dans Alma ; elles restent dans la liste des étapes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="507"/>
        <source>Alma Sandbox: Plan, Push and Verify</source>
        <translation>Sandbox Alma : planifier, envoyer et vérifier</translation>
    </message>
</context>
<context>
    <name>AlmaEndpoint</name>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="43"/>
        <source>Choose a region or enter the API&apos;s address.</source>
        <translation>Choisissez une région ou saisissez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="49"/>
        <source>&quot;%1&quot; is not an Alma region; use one of %2.</source>
        <translation>&quot;%1&quot; n&apos;est pas une région Alma ; utilisez l&apos;une des suivantes : %2.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="55"/>
        <source>The address is not a web address, e.g. https://api-eu.hosted.exlibrisgroup.com.</source>
        <translation>L&apos;adresse n&apos;est pas une adresse web (exemple : https://api-eu.hosted.exlibrisgroup.com).</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="60"/>
        <source>Leave everything after &quot;?&quot; out of the address; the API key goes in its own field.</source>
        <translation>Retirez de l&apos;adresse tout ce qui suit &quot;?&quot; ; la clé d&apos;API se saisit dans son propre champ.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="65"/>
        <source>%1 must use https: the API key would travel unencrypted (plain http is only allowed for this computer&apos;s own sandbox).</source>
        <translation>%1 doit utiliser https : sinon la clé d&apos;API circulerait en clair (le http simple n&apos;est autorisé que pour la sandbox de cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>AlmaError</name>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="49"/>
        <source>Alma error %1: %2</source>
        <translation>Erreur Alma %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="54"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="56"/>
        <source>tracking id %1</source>
        <translation>identifiant de suivi %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="98"/>
        <source>Alma answered HTTP %1 without saying why.</source>
        <translation>Alma a répondu par un code HTTP %1 sans en donner la raison.</translation>
    </message>
</context>
<context>
    <name>AlmaJsonFields</name>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="76"/>
        <source>%1: in Alma “%2”, in this setup “%3”</source>
        <translation>%1 : dans Alma « %2 », dans cette configuration « %3 »</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="77"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="93"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="93"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AlmaLocationJson</name>
    <message>
        <location filename="../app/api/AlmaLocationJson.cpp" line="154"/>
        <source>Circulation desk %1: not attached</source>
        <translation>Banque de prêt %1 : non rattachée</translation>
    </message>
</context>
<context>
    <name>AlmaMemberReader</name>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="153"/>
        <source>the key opens %1 (%2), not %3</source>
        <translation>la clé donne accès à %1 (%2), et non à %3</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="24"/>
        <source>Alma&apos;s answer holds a partner without a code.</source>
        <translation>La réponse d&apos;Alma contient un partenaire sans code.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="72"/>
        <source>no Alma address (region or almaUrl in the roster): %1</source>
        <translation>aucune adresse Alma (region ou almaUrl dans la liste des membres) : %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="79"/>
        <source>%1 is not an Ex Libris API host; its key was not sent</source>
        <translation>%1 n&apos;est pas un hôte d&apos;API d&apos;Ex Libris ; sa clé n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="94"/>
        <source>no key in %1 or the system keychain, and no setup file</source>
        <translation>aucune clé dans %1 ni dans le trousseau du système, et aucun fichier de configuration</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="96"/>
        <source>no key in %1, and no setup file</source>
        <translation>aucune clé dans %1, et aucun fichier de configuration</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="165"/>
        <source>Alma (%1)</source>
        <translation>Alma (%1)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="167"/>
        <source>, institution not verified (the key cannot read the Configuration API)</source>
        <translation>, institution non vérifiée (la clé d&apos;API ne peut pas lire l&apos;API Configuration)</translation>
    </message>
</context>
<context>
    <name>AlmaPlan</name>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="27"/>
        <source>Create</source>
        <translation>À créer</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="29"/>
        <source>Update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="31"/>
        <source>Already as wanted</source>
        <translation>Déjà conforme</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="69"/>
        <source>Partner %1</source>
        <translation>Partenaire %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="69"/>
        <source>Partner %1 (%2)</source>
        <translation>Partenaire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="74"/>
        <source>Temporary borrowing location %1 in %2</source>
        <translation>Localisation temporaire d&apos;emprunt %1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="75"/>
        <source>Temporary lending location %1 in %2</source>
        <translation>Localisation temporaire de prêt %1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="108"/>
        <source>the circulation desk %1 is not in library %2 in Alma</source>
        <translation>la banque de prêt %1 n&apos;existe pas dans la bibliothèque %2 d&apos;Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="115"/>
        <source>Alma gives no name for the circulation desk %1, which a location needs</source>
        <translation>Alma ne donne pas de nom pour la banque de prêt %1, dont un lieu a besoin</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="119"/>
        <source>Alma gives no link for the circulation desk %1, which a location needs</source>
        <translation>Alma ne donne pas de lien pour la banque de prêt %1, dont une localisation a besoin</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="123"/>
        <source>the circulation desks of %1 could not be read</source>
        <translation>les banques de prêt de %1 n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="128"/>
        <source>Alma has no location %1 in %2, though this setup says it exists; clear &quot;already exists&quot; to have the push create it</source>
        <translation>Alma n&apos;a pas de lieu %1 dans %2, alors que cette configuration indique qu&apos;il existe ; décochez « existe déjà » pour que l&apos;envoi le crée</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="132"/>
        <source>the location has no name, which Alma requires</source>
        <translation>la localisation n&apos;a pas de nom, qu&apos;Alma exige</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="156"/>
        <source>this program does not hold the connection details of profile type %1: copy the partner from the Community tab in Alma</source>
        <translation>ce programme ne gère pas les données de connexion du type de profil %1 : copiez le partenaire depuis l&apos;onglet Communauté dans Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="167"/>
        <source>this program does not hold the connection details of profile type %1: change the type in Alma</source>
        <translation>ce programme ne gère pas les détails de connexion du type de profil %1 : changez le type dans Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="173"/>
        <source>Alma requires %1 for %2 partners</source>
        <translation>Alma exige %1 pour les partenaires %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="175"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="187"/>
        <source>open error in this setup: %1</source>
        <translation>erreur ouverte dans cette configuration : %1</translation>
    </message>
</context>
<context>
    <name>AlmaRecord</name>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="14"/>
        <source>Created in Alma</source>
        <translation>Créé dans Alma</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="15"/>
        <source>Updated in Alma</source>
        <translation>Mis à jour dans Alma</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="16"/>
        <source>Already as wanted</source>
        <translation>Déjà conforme</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="17"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="18"/>
        <source>Verified in Alma</source>
        <translation>Vérifié dans Alma</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="19"/>
        <source>Differs in Alma</source>
        <translation>Différent dans Alma</translation>
    </message>
</context>
<context>
    <name>AlmaSnapshotReader</name>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="17"/>
        <source>Alma&apos;s answer holds %1 that is not an object.</source>
        <translation>La réponse d&apos;Alma contient %1 qui n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="55"/>
        <source>Alma&apos;s answer holds a partner without a code.</source>
        <translation>La réponse d&apos;Alma contient un partenaire sans code.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="65"/>
        <source>Alma&apos;s answer is not a list of locations.</source>
        <translation>La réponse d&apos;Alma n&apos;est pas une liste de localisations.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="69"/>
        <source>Alma&apos;s answer holds a location without a code.</source>
        <translation>La réponse d&apos;Alma contient une localisation sans code.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="78"/>
        <source>Alma&apos;s answer is not a library.</source>
        <translation>La réponse d&apos;Alma n&apos;est pas une bibliothèque.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="103"/>
        <source>Alma&apos;s answer is not a code table.</source>
        <translation>La réponse d&apos;Alma n&apos;est pas une table de codes.</translation>
    </message>
</context>
<context>
    <name>AlmaSync</name>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="32"/>
        <source>%1, sandbox environment</source>
        <translation>%1, environnement sandbox</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="34"/>
        <source>%1, production environment</source>
        <translation>%1, environnement de production</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="50"/>
        <source>the Alma sandbox</source>
        <translation>la sandbox Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="50"/>
        <source>Alma</source>
        <translation>Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="54"/>
        <source>%1: write</source>
        <translation>%1 : écriture</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="54"/>
        <source>%1: read</source>
        <translation>%1 : lecture</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="55"/>
        <source>%1: not allowed (%2)</source>
        <translation>%1 : non autorisé (%2)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="56"/>
        <source>%1: allowed</source>
        <translation>%1 : autorisé</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="61"/>
        <source>Nothing could be read from %1, so there is no plan.</source>
        <translation>Rien n&apos;a pu être lu dans %1 : il n&apos;y a donc pas de plan.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="65"/>
        <source>Plan against %1: %2 to create, %3 to update, %4 already as wanted; %5 manual steps left.</source>
        <translation>Plan pour %1 : %2 à créer, %3 à mettre à jour, %4 déjà conforme(s) ; %5 étape(s) manuelle(s) restante(s).</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="72"/>
        <source>A push would not send %1 of them, because Alma would refuse them as they are:</source>
        <translation>Un envoi n&apos;en enverrait pas %1, car Alma les refuserait en l&apos;état :</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="80"/>
        <source>Push to %1: %2 created, %3 updated, %4 already as wanted, %5 failed.</source>
        <translation>Envoi vers %1 : %2 créé(s), %3 mis à jour, %4 déjà conforme(s), %5 en échec.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="87"/>
        <source>Not sent, because Alma would refuse them as they are (fix them, then push again):</source>
        <translation>Non envoyés, car Alma les refuserait en l&apos;état (corrigez-les, puis envoyez de nouveau) :</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="93"/>
        <source>Nothing could be read from %1, so nothing was verified.</source>
        <translation>Rien n&apos;a pu être lu dans %1 : rien n&apos;a donc été vérifié.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="96"/>
        <source>Verify against %1: %2 items match, %3 differ or could not be read.</source>
        <translation>Vérification dans %1 : %2 élément(s) conforme(s), %3 différent(s) ou illisible(s).</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="103"/>
        <source>Institution: %1</source>
        <translation>Institution : %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="105"/>
        <source>Cancelled: items not reached are left for the next run.</source>
        <translation>Annulé : les éléments non traités restent pour la prochaine exécution.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="107"/>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="219"/>
        <source>Not sent: the run was stopped.</source>
        <translation>Non envoyé : l&apos;exécution a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="244"/>
        <location filename="../app/api/AlmaSync.cpp" line="245"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="246"/>
        <location filename="../app/api/AlmaSync.cpp" line="247"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="337"/>
        <source>Reading %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="393"/>
        <source>the partners</source>
        <translation>les partenaires</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="399"/>
        <source>the locations of %1</source>
        <translation>les localisations de %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="411"/>
        <source>library %1</source>
        <translation>la bibliothèque %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="402"/>
        <source>the circulation desks of %1</source>
        <translation>les bureaux de prêt de %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="415"/>
        <source>the scheduled jobs</source>
        <translation>les tâches planifiées</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="420"/>
        <source>the ItemPolicy code table</source>
        <translation>la table de codes ItemPolicy</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="462"/>
        <location filename="../app/api/AlmaSync.cpp" line="491"/>
        <location filename="../app/api/AlmaSync.cpp" line="611"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="536"/>
        <source>not in Alma when this push read it, and there now: the answer to the create was lost</source>
        <translation>absent d&apos;Alma lors de la lecture par cet envoi et présent maintenant : la réponse à la création a été perdue</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="616"/>
        <source>Verified in Alma</source>
        <translation>la vérification dans Alma</translation>
    </message>
</context>
<context>
    <name>AlmaTarget</name>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="17"/>
        <source>Alma&apos;s API region: na, eu, ap, aps, ca or cn.</source>
        <translation>Région de l&apos;API Alma : na, eu, ap, aps, ca ou cn.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="17"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="19"/>
        <source>The API&apos;s address instead of a region (https; plain http only for this computer).</source>
        <translation>L&apos;adresse de l&apos;API au lieu d&apos;une région (https ; http simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="19"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="21"/>
        <source>Run against a built-in simulated Alma instead (nothing reaches a real Alma).</source>
        <translation>Utilise à la place un Alma simulé intégré (rien n&apos;atteint un véritable Alma).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="23"/>
        <source>Stay under this many calls a second (Alma&apos;s threshold; default 25).</source>
        <translation>Reste sous ce nombre d&apos;appels par seconde (seuil d&apos;Alma ; par défaut : 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="23"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="39"/>
        <source>Say where Alma is with exactly one of --region, --alma-url and --sandbox.</source>
        <translation>Indiquez où se trouve Alma avec une seule des options --region, --alma-url et --sandbox.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="44"/>
        <source>--calls-per-second takes a whole number from 1 to 25 (Alma&apos;s threshold).</source>
        <translation>--calls-per-second attend un nombre entier de 1 à 25 (seuil d&apos;Alma).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="50"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>La sandbox n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="63"/>
        <source>Set the API key in the environment variable %1; it is never read from the command line, where other users could see it.</source>
        <translation>Définissez la clé d&apos;API dans la variable d&apos;environnement %1 ; elle n&apos;est jamais lue sur la ligne de commande, où d&apos;autres utilisateurs pourraient la voir.</translation>
    </message>
</context>
<context>
    <name>AlmaVerifier</name>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="91"/>
        <location filename="../app/api/AlmaVerifier.cpp" line="109"/>
        <location filename="../app/api/AlmaVerifier.cpp" line="120"/>
        <location filename="../app/api/AlmaVerifier.cpp" line="203"/>
        <source>not found in Alma</source>
        <translation>introuvable dans Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="98"/>
        <source>Resource sharing library %1</source>
        <translation>Bibliothèque PEB %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="108"/>
        <source>Circulation desk %1 in %2</source>
        <translation>Bureau de prêt %1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="148"/>
        <source>not among Alma&apos;s scheduled jobs</source>
        <translation>ne figure pas parmi les tâches planifiées d&apos;Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="161"/>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="179"/>
        <source>not in Alma&apos;s ItemPolicy code table</source>
        <translation>ne figure pas dans la table de codes ItemPolicy d&apos;Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="181"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="186"/>
        <source>Item policy %1</source>
        <translation>Politique d&apos;exemplaire %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="25"/>
        <source>This computer has no system keychain running.</source>
        <translation>Aucun trousseau du système ne fonctionne sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="27"/>
        <source>The system keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau du système : %1</translation>
    </message>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="43"/>
        <source>The key could not be kept in the system keychain (%1); it stays in memory until the program closes.</source>
        <translation>La clé n&apos;a pas pu être enregistrée dans le trousseau du système (%1) ; elle reste en mémoire jusqu&apos;à la fermeture du programme.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="57"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>La clé n&apos;a pas pu être supprimée du trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="27"/>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="29"/>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="31"/>
        <source>this is not a regular file (a pipe or a device cannot be read here)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (un tube ou un périphérique ne peut pas être lu ici)</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="34"/>
        <source>the file is %1 MB; files read here are at most %2 MB, so this is probably not the right file</source>
        <translation>le fichier fait %1 Mo ; les fichiers lus ici font au plus %2 Mo, ce n&apos;est donc probablement pas le bon fichier</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="38"/>
        <location filename="../app/file/BoundedFile.cpp" line="41"/>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="43"/>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="18"/>
        <source>Steps in Alma (tick each one when you have done it)</source>
        <translation>Étapes dans Alma (cochez chacune une fois réalisée)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="30"/>
        <source>The name recorded with each step you tick on this computer; empty: &quot;Prepared by&quot;</source>
        <translation>Le nom enregistré avec chaque étape que vous cochez sur cet ordinateur ; vide : « Préparé par »</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="31"/>
        <source>Tic&amp;king as:</source>
        <translation>Coché pa&amp;r :</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="141"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="145"/>
        <source>Where: %1 — %2</source>
        <translation>Où : %1 — %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="150"/>
        <source>✓ Done by %1 on %2</source>
        <translation>✓ Fait par %1 le %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="152"/>
        <source>%1. Note: %2</source>
        <translation>%1. Note : %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="153"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="154"/>
        <source>Correct when it was done, or add a note</source>
        <translation>Corriger la date de réalisation ou ajouter une note</translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <location filename="../wizard_pages/ChoiceListEditor.cpp" line="70"/>
        <source>Untick it to remove it from the list.</source>
        <translation>Décochez-le pour le retirer de la liste.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChoiceListEditor.h" line="29"/>
        <source>%1 (no longer offered)</source>
        <translation>%1 (plus proposé)</translation>
    </message>
</context>
<context>
    <name>ConsortiumCommands</name>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="54"/>
        <source>Usage: %1 consortium import|generate|check … (%1 consortium COMMAND --help for its options)</source>
        <translation>Utilisation : %1 consortium import|generate|check … (options d&apos;une commande : %1 consortium COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="70"/>
        <source>Commands for consortium coordinators:
</source>
        <translation>Commandes pour la coordination d&apos;un consortium :
</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="80"/>
        <source>Writes a consortium file from a CSV of its members. The header names the columns: code, name, profile_type, symbol and any other partner column, and the member&apos;s own alma_institution, region, alma_url, lends, borrows, library, circulation_desk, borrowing_location, lending_location (docs/consortium-file.md). An existing file is never overwritten.</source>
        <translation>Écrit un fichier de consortium à partir d&apos;un fichier CSV de ses membres. La ligne d&apos;en-tête nomme les colonnes : code, name, profile_type, symbol et toute autre colonne de partenaire, ainsi que les valeurs propres au membre alma_institution, region, alma_url, lends, borrows, library, circulation_desk, borrowing_location, lending_location (docs/consortium-file.md). Un fichier existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="85"/>
        <source>The consortium&apos;s name.</source>
        <translation>Le nom du consortium.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="85"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="87"/>
        <source>Agreed expiry time (days) of the partner records.</source>
        <translation>Délai d&apos;expiration convenu (jours) des fiches partenaires.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="87"/>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="283"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="89"/>
        <source>Agreed borrowing workflow profile code.</source>
        <translation>Code convenu du profil de workflow d&apos;emprunt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="89"/>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="91"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="91"/>
        <source>Agreed lending workflow profile code.</source>
        <translation>Code convenu du profil de workflow de prêt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="93"/>
        <source>The members, one row each.</source>
        <translation>Les membres, une ligne par membre.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="94"/>
        <source>The consortium file to write (.consortium.json).</source>
        <translation>Le fichier de consortium à écrire (.consortium.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="102"/>
        <source>%1 already exists; it was not changed. Choose another name.</source>
        <translation>%1 existe déjà ; il n&apos;a pas été modifié. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="118"/>
        <source>--expiry-days: &quot;%1&quot; is not a number of days</source>
        <translation>--expiry-days : &quot;%1&quot; n&apos;est pas un nombre de jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsortiumCommands.cpp" line="129"/>
        <source>Wrote %1: %n member(s).</source>
        <translation>
            <numerusform>Fichier %1 écrit : %n membre.</numerusform>
            <numerusform>Fichier %1 écrit : %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="137"/>
        <source>Writes each member&apos;s setup into DIR (named after its code, e.g. GWA.p2p.json) from the template setup: its own values from the roster, every other member as a partner with the agreed terms, those it borrows from in the rota and in rules 8 and 14. A member&apos;s file that exists is brought up to date: what the member ticked or changed stays, and every change is listed.</source>
        <translation>Écrit la configuration de chaque membre dans DIR (nommée d&apos;après son code, par exemple GWA.p2p.json) à partir de la configuration modèle : ses propres valeurs issues de la liste des membres, chaque autre membre comme partenaire avec les conditions convenues, et ceux auprès desquels il emprunte dans le rota et dans les règles 8 et 14. Le fichier d&apos;un membre qui existe déjà est mis à jour : ce que le membre a coché ou modifié est conservé, et chaque modification est listée.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="142"/>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="290"/>
        <source>The consortium file.</source>
        <translation>Le fichier de consortium.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="143"/>
        <source>The setup every member starts from.</source>
        <translation>La configuration modèle dont part chaque membre.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="144"/>
        <source>The folder of the member setups.</source>
        <translation>Le dossier des configurations des membres.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="161"/>
        <source>%1: the folder cannot be made</source>
        <translation>%1 : le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="178"/>
        <source>Nothing was written: fix or move that file and run again.</source>
        <translation>Rien n&apos;a été écrit : corrigez ou déplacez ce fichier, puis relancez la commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="191"/>
        <source>%1: up to date</source>
        <translation>%1 : à jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsortiumCommands.cpp" line="200"/>
        <source>%1: written (%n partner(s))</source>
        <translation>
            <numerusform>%1 : écrit (%n partenaire)</numerusform>
            <numerusform>%1 : écrit (%n partenaires)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="204"/>
        <source>%1: updated</source>
        <translation>%1 : mis à jour</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="227"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>La sandbox n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="275"/>
        <source>Read each member&apos;s partners from its own Alma (its region or address in the roster) with its read-only key from the environment variable ALMA_API_KEY_&lt;CODE&gt; (e.g. ALMA_API_KEY_GWA) or else from the system keychain, where the consortium window keeps the keys it is given; a member without a key is checked from its file, or reported not read.</source>
        <translation>Lire les partenaires de chaque membre dans son propre Alma (sa région ou son adresse dans la liste des membres) avec sa clé d&apos;API en lecture seule, prise dans la variable d&apos;environnement ALMA_API_KEY_&lt;CODE&gt; (p. ex. ALMA_API_KEY_GWA) ou sinon dans le trousseau du système, où la fenêtre du consortium garde les clés qu&apos;on lui donne ; un membre sans clé est vérifié d&apos;après son fichier, ou signalé comme non lu.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="310"/>
        <source>--%1 goes with --live.</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --live.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="249"/>
        <source>Read %1 (%2 of %3)</source>
        <translation>%1 lu (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="41"/>
        <source>  consortium import CSV ROSTER
                          write a consortium file (the members and the agreed terms)
                          from a CSV of the members
  consortium generate ROSTER TEMPLATE DIR
                          write every member&apos;s setup into DIR from the template setup,
                          or bring existing ones up to date, keeping the members&apos; edits
  consortium check ROSTER [FILES...] [--live [--sandbox] [--no-keychain]] [--json] [--report OUT]
                          check every pair of members from their setup files: both
                          partner records exist and agree; exit 0 all agree, 1 not
</source>
        <translation>  consortium import CSV ROSTER
                          écrit un fichier de consortium (les membres et les conditions
                          convenues) à partir d&apos;un CSV des membres
  consortium generate ROSTER TEMPLATE DIR
                          écrit dans DIR la configuration de chaque membre d&apos;après le modèle,
                          ou met à jour les existantes en gardant les modifications des membres
  consortium check ROSTER [FILES...] [--live [--sandbox] [--no-keychain]] [--json] [--report OUT]
                          vérifie chaque paire de membres d&apos;après leurs fichiers de
                          configuration : les deux fiches partenaires existent et concordent ;
                          code de sortie 0 si toutes concordent, 1 sinon
</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="262"/>
        <source>Checks every ordered pair of members (a borrower and a lender) from their setup files: the borrower&apos;s partner record of the lender and the lender&apos;s record of the borrower exist, are active, agree with the roster on code, profile type and symbol, support borrowing and lending on the right sides, and hold the agreed terms. Prints one line per pair that needs work (borrower&lt;TAB&gt;lender&lt;TAB&gt;state&lt;TAB&gt;reasons). A file belongs to the member whose code is its name, whose symbol is its library symbol, or whose name is its institution.
Exit status: 0 every pair agrees, 1 some pairs need work, 2 an input cannot be read.</source>
        <translation>Vérifie chaque paire ordonnée de membres (un emprunteur et un prêteur) d&apos;après leurs fichiers de configuration : la fiche partenaire du prêteur chez l&apos;emprunteur et celle de l&apos;emprunteur chez le prêteur existent, sont actives, concordent avec la liste des membres pour le code, le type de profil et le symbole, autorisent l&apos;emprunt et le prêt du bon côté et contiennent les conditions convenues. Affiche une ligne par paire à traiter (emprunteur&lt;TAB&gt;prêteur&lt;TAB&gt;état&lt;TAB&gt;motifs). Un fichier appartient au membre dont le code est son nom, dont le symbole est le symbole de sa bibliothèque ou dont le nom est son institution.
Code de sortie : 0 toutes les paires concordent, 1 des paires sont à traiter, 2 une entrée est illisible.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="271"/>
        <source>Print the matrix as JSON: members, counts, pairs {borrower, lender, state, reasons} and todo per member.</source>
        <translation>Affiche la matrice en JSON : members, counts, pairs {borrower, lender, state, reasons} et todo par membre.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="273"/>
        <source>Print each member&apos;s to-do list instead of the pairs.</source>
        <translation>Affiche la liste des tâches de chaque membre au lieu des paires.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="280"/>
        <source>With --live: read from the built-in sandbox, which serves each member as an institution of its own (with the partners of its file, or those the roster gives it).</source>
        <translation>Avec --live : lit dans la sandbox intégrée, qui présente chaque membre comme une institution distincte (avec les partenaires de son fichier, ou ceux que lui attribue la liste des membres).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="283"/>
        <source>With --live: calls per second per member (Alma allows 25 per institution).</source>
        <translation>Avec --live : appels par seconde et par membre (Alma en autorise 25 par institution).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="286"/>
        <source>Also write the matrix, the pairs and the to-do lists to OUT (.pdf, .html or .md).</source>
        <translation>Écrit aussi la matrice, les paires et les listes de tâches dans OUT (.pdf, .html ou .md).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="286"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="288"/>
        <source>With --live: keys from the environment only, so a script never waits for a keychain to be unlocked.</source>
        <translation>Avec --live : clés prises dans l&apos;environnement uniquement, pour qu&apos;un script n&apos;attende jamais le déverrouillage d&apos;un trousseau.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="291"/>
        <source>The members&apos; setup files.</source>
        <translation>Les fichiers de configuration des membres.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="291"/>
        <source>[FILES...]</source>
        <translation>[FILES...]</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="318"/>
        <source>--calls-per-second: give a number from 1 to 25</source>
        <translation>--calls-per-second : indiquez un nombre de 1 à 25</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsortiumCommands.cpp" line="353"/>
        <source>%1 of %n pair(s) agree.</source>
        <translation>
            <numerusform>Paires concordantes : %1 sur %n.</numerusform>
            <numerusform>Paires concordantes : %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumWindow</name>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="43"/>
        <source>Consortium files (*%1);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers de consortium (*%1);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="59"/>
        <source>&amp;Members and Terms</source>
        <translation>&amp;Membres et conditions</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="60"/>
        <source>&amp;Reciprocity Matrix</source>
        <translation>Matrice de &amp;réciprocité</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="77"/>
        <source>Agreed terms (empty: not agreed, neither generated nor checked)</source>
        <translation>Conditions convenues (vide : non convenu, ni généré ni vérifié)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="81"/>
        <source>not agreed</source>
        <translation>non convenu</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="82"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="87"/>
        <source>E&amp;xpiry time:</source>
        <translation>Délai d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="88"/>
        <source>&amp;Borrowing workflow profile:</source>
        <translation>Profil de workflow d&apos;&amp;emprunt :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="89"/>
        <source>Len&amp;ding workflow profile:</source>
        <translation>Profil de workflow de &amp;prêt :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="90"/>
        <source>Loan &amp;period (Loan terms of use):</source>
        <translation>&amp;Durée de prêt (conditions d&apos;utilisation de prêt) :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="91"/>
        <source>Lending p&amp;eriod (Lending terms of use):</source>
        <translation>Durée de prêt PE&amp;B (conditions d&apos;utilisation PEB prêteur) :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="111"/>
        <source>&amp;Add Member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="112"/>
        <source>Re&amp;move Member</source>
        <translation>&amp;Supprimer le membre</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="113"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="114"/>
        <source>Member&apos;s API &amp;Key…</source>
        <translation>&amp;Clé d&apos;API du membre…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="115"/>
        <source>The chosen member&apos;s read-only Alma API key, for Check in Alma. It is kept in the system keychain, never in a file.</source>
        <translation>La clé d&apos;API Alma en lecture seule du membre choisi, pour « Vérifier dans Alma ». Elle est gardée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="147"/>
        <source>Member &amp;Setup Files…</source>
        <translation>Fichiers de &amp;configuration des membres…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="148"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="151"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="215"/>
        <source>Check in A&amp;lma</source>
        <translation>Vérifier dans A&amp;lma</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="152"/>
        <source>Reads the partners of every member with an API key from its own Alma (only GET calls), then checks every pair. Members without a key are checked from their setup files.</source>
        <translation>Lit les partenaires de chaque membre ayant une clé d&apos;API dans son propre Alma (appels GET uniquement), puis vérifie chaque paire. Les membres sans clé sont vérifiés d&apos;après leurs fichiers de configuration.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="174"/>
        <source>Rows borrow from columns. Arrow keys move between pairs.</source>
        <translation>Les lignes empruntent aux colonnes. Les touches fléchées permettent de passer d&apos;une paire à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="186"/>
        <source>Rows borrow from columns. </source>
        <translation>Les lignes empruntent aux colonnes. </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="201"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="202"/>
        <source>&amp;New Consortium</source>
        <translation>&amp;Nouveau consortium</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="209"/>
        <source>&amp;Open Consortium…</source>
        <translation>&amp;Ouvrir un consortium…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="210"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="211"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="213"/>
        <source>&amp;Import Members from CSV…</source>
        <translation>&amp;Importer des membres depuis un CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="214"/>
        <source>Member Setup &amp;Files…</source>
        <translation>Fichiers de configuration des &amp;membres…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="216"/>
        <source>&amp;Generate Member Setups…</source>
        <translation>&amp;Générer les configurations des membres…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="218"/>
        <source>E&amp;xport Matrix Report…</source>
        <translation>E&amp;xporter le rapport de la matrice…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="220"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="257"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="283"/>
        <source>Open Consortium</source>
        <translation>Ouvrir un consortium</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="275"/>
        <source>Opened %1: %n member(s).</source>
        <translation>
            <numerusform>Fichier %1 ouvert : %n membre.</numerusform>
            <numerusform>Fichier %1 ouvert : %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="295"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="301"/>
        <source>Member Setup Files</source>
        <translation>Fichiers de configuration des membres</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="302"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="423"/>
        <source>Setup files (*%1);;All files (*)</source>
        <translation>Fichiers de configuration (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="556"/>
        <source>Member&apos;s API Key</source>
        <translation>Clé d&apos;API du membre</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="557"/>
        <source>Choose a member with a code in the table first.</source>
        <translation>Choisissez d&apos;abord un membre ayant un code dans le tableau.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="562"/>
        <source>API Key of %1</source>
        <translation>Clé d&apos;API de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="565"/>
        <source>&lt;p&gt;The read-only Alma API key of &lt;b&gt;%1&lt;/b&gt; (%2), for Check in Alma: it needs read access to the Resource Sharing Partners API and the Configuration API.&lt;/p&gt;&lt;p&gt;It is kept in the system keychain as &quot;%3&quot;, never in a file. Leave it empty to remove it. ALMA_API_KEY_%4 in the environment takes precedence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La clé d&apos;API Alma en lecture seule de &lt;b&gt;%1&lt;/b&gt; (%2), pour « Vérifier dans Alma » : elle doit pouvoir lire l&apos;API Resource Sharing Partners et l&apos;API Configuration.&lt;/p&gt;&lt;p&gt;Elle est gardée dans le trousseau du système sous « %3 », jamais dans un fichier. Laissez-la vide pour la retirer. ALMA_API_KEY_%4 dans l&apos;environnement a la priorité.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="579"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="581"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="602"/>
        <source>%1&apos;s key was removed.</source>
        <translation>La clé de %1 a été retirée.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="603"/>
        <source>%1&apos;s key is kept for Check in Alma.</source>
        <translation>La clé de %1 est gardée pour « Vérifier dans Alma ».</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="616"/>
        <source>Looking up the members&apos; keys…</source>
        <translation>Recherche des clés des membres…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="636"/>
        <source>this window</source>
        <translation>cette fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="648"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="660"/>
        <source>Check in Alma</source>
        <translation>Vérifier dans Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="643"/>
        <source>No member has an API key. Give each member&apos;s read-only key with Member&apos;s API Key… on the Members tab, or set ALMA_API_KEY_&lt;CODE&gt; (e.g. %1) before starting the program.</source>
        <translation>Aucun membre n&apos;a de clé d&apos;API. Donnez la clé en lecture seule de chaque membre avec « Clé d&apos;API du membre… » dans l&apos;onglet Membres, ou définissez ALMA_API_KEY_&lt;CODE&gt; (p. ex. %1) avant de lancer le programme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="658"/>
        <source>Reading the partners of %n member(s) from Alma…</source>
        <translation>
            <numerusform>Lecture des partenaires de %n membre dans Alma…</numerusform>
            <numerusform>Lecture des partenaires de %n membres dans Alma…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="659"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="665"/>
        <source>Check in Alma cancelled; the matrix is as it was.</source>
        <translation>« Vérifier dans Alma » annulé ; la matrice est inchangée.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="352"/>
        <source>Choose a pair in the matrix (arrow keys or a click) to see why it has its state and what each member must change.</source>
        <translation>Choisissez une paire dans la matrice (touches fléchées ou clic) pour voir pourquoi elle est dans cet état et ce que chaque membre doit changer.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="149"/>
        <source>Reads the members&apos; setup files again and checks every pair from them (results from a check in Alma are set aside).</source>
        <translation>Relit les fichiers de configuration des membres et vérifie chaque paire d&apos;après eux (les résultats d&apos;une vérification dans Alma sont mis de côté).</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="333"/>
        <source>%1 of %2 members read from their setup files. %3 of %4 pairs agree.</source>
        <translation>%1 membres sur %2 lus d&apos;après leurs fichiers de configuration. %3 paires sur %4 concordent.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="340"/>
        <source>%1 of %2 members read (%3 from Alma at %4, the others from their setup files). %5 of %6 pairs agree.</source>
        <translation>%1 membres sur %2 lus (%3 dans Alma à %4, les autres d&apos;après leurs fichiers de configuration). %5 paires sur %6 concordent.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="365"/>
        <source>To do at %1:</source>
        <translation>À faire chez %1 :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="375"/>
        <source>nothing for this pair</source>
        <translation>rien pour cette paire</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="384"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="389"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="395"/>
        <source>Import Members from CSV</source>
        <translation>Importer des membres depuis un CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="384"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="390"/>
        <source>Nothing was imported:
%1</source>
        <translation>Rien n&apos;a été importé :
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="396"/>
        <source>Replace the %1 members of the table with the %2 of %3?</source>
        <translation>Remplacer les %1 membres du tableau par les %2 de %3 ?</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="400"/>
        <source>The agreed terms stay. Until you save, the consortium file is unchanged.</source>
        <translation>Les conditions convenues restent. Tant que vous n&apos;enregistrez pas, le fichier du consortium reste inchangé.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="404"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="412"/>
        <source>Imported %n member(s) from %1.</source>
        <translation>
            <numerusform>%n membre importé depuis %1.</numerusform>
            <numerusform>%n membres importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="419"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="428"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="444"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="472"/>
        <source>Generate Member Setups</source>
        <translation>Générer les configurations des membres</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="422"/>
        <source>Template Setup</source>
        <translation>Configuration modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="432"/>
        <source>Folder of the Member Setups</source>
        <translation>Dossier des configurations des membres</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="445"/>
        <source>%1
Nothing was written: fix or move that file and generate again.</source>
        <translation>%1
Rien n&apos;a été écrit : corrigez ou déplacez ce fichier et générez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="466"/>
        <source>%n member setup(s) written to %1.</source>
        <translation>
            <numerusform>%n configuration de membre écrite dans %1.</numerusform>
            <numerusform>%n configurations de membres écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="468"/>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="470"/>
        <source>Not written:</source>
        <translation>Non écrits :</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="479"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="490"/>
        <source>Export Matrix Report</source>
        <translation>Exporter le rapport de la matrice</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="482"/>
        <source>Wrote %1.</source>
        <translation>Fichier %1 écrit.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="490"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="498"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="517"/>
        <source>Save Consortium</source>
        <translation>Enregistrer le consortium</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="503"/>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="529"/>
        <source>Untitled consortium</source>
        <translation>Consortium sans titre</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="530"/>
        <source>%1[*] — Consortium — Alma Peer-to-Peer Setup</source>
        <translation>%1[*] — Consortium — Configuration PEB pair à pair pour Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="539"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="540"/>
        <source>The consortium has changes that are not saved.</source>
        <translation>Le consortium comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="541"/>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/file/CsvText.cpp" line="92"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../app/file/CsvText.cpp" line="122"/>
        <source>this is not a text file</source>
        <translation>ce n&apos;est pas un fichier texte</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../app/model/Dates.cpp" line="15"/>
        <location filename="../app/model/Dates.cpp" line="23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/model/Dates.cpp" line="17"/>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date and time pattern of QLocale::toString; keep the four-digit year (yyyy).</extracomment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../app/model/Dates.cpp" line="25"/>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern of QLocale::toString; keep the four-digit year (yyyy).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ExistingRulesEditor</name>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="31"/>
        <source>Rule list in Alma&apos;s order</source>
        <translation>Liste des règles dans l&apos;ordre d&apos;Alma</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="32"/>
        <source>Add e&amp;xisting rule</source>
        <translation>Ajouter u&amp;ne règle existante</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="33"/>
        <source>Remove existing ru&amp;le</source>
        <translation>Supprimer la règle e&amp;xistante</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="46"/>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="47"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Vers le bas</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="48"/>
        <source>Moves the selected rule up (Alt+Up in the table)</source>
        <translation>Monte la règle sélectionnée (Alt+Haut dans le tableau)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="49"/>
        <source>Moves the selected rule down (Alt+Down in the table)</source>
        <translation>Descend la règle sélectionnée (Alt+Bas dans le tableau)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="50"/>
        <source>&amp;Paste rules</source>
        <translation>C&amp;oller des règles</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="52"/>
        <source>Adds rules copied from a spreadsheet: name, enabled, input parameters</source>
        <translation>Ajoute des règles copiées depuis un tableur : nom, activée, paramètres d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="53"/>
        <source>Import &amp;CSV…</source>
        <translation>Importer un &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="74"/>
        <source>Alma uses the &lt;b&gt;first&lt;/b&gt; rule in this list that matches a request. Enter the rules already in Alma in their order, and move the new rule (bold) to where it goes.</source>
        <translation>Alma utilise la &lt;b&gt;première&lt;/b&gt; règle de cette liste qui correspond à une demande. Saisissez les règles déjà présentes dans Alma, dans leur ordre, puis placez la nouvelle règle (en gras) à sa position.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="113"/>
        <source>Added %n rule(s) at the end of the list.</source>
        <translation>
            <numerusform>%n règle ajoutée à la fin de la liste.</numerusform>
            <numerusform>%n règles ajoutées à la fin de la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="115"/>
        <source>Added %n rule(s). Not added: %1</source>
        <translation>
            <numerusform>%n règle ajoutée. Non ajoutées : %1</numerusform>
            <numerusform>%n règles ajoutées. Non ajoutées : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="122"/>
        <source>Import Existing Rules</source>
        <translation>Importer des règles existantes</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="122"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="127"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="24"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="25"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="26"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="31"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="32"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="33"/>
        <source>ISBN/ISSN</source>
        <translation>ISBN/ISSN</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="34"/>
        <source>System Control Number</source>
        <translation>System Control Number</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="35"/>
        <source>LCCN (010)</source>
        <translation>LCCN (010)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="40"/>
        <source>Automatic renew</source>
        <translation>Automatic renew</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="41"/>
        <source>Cancelled By Patron</source>
        <translation>Cancelled By Patron</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="42"/>
        <source>Cancelled by partner</source>
        <translation>Cancelled by partner</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="43"/>
        <source>Cancelled by staff</source>
        <translation>Cancelled by staff</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="44"/>
        <location filename="../app/model/FieldCatalog.cpp" line="66"/>
        <source>Conditional</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="45"/>
        <location filename="../app/model/FieldCatalog.cpp" line="67"/>
        <source>Lender check in</source>
        <translation>Lender check in</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="46"/>
        <source>Manual renew</source>
        <translation>Manual renew</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="47"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="48"/>
        <source>Renew requested</source>
        <translation>Renew requested</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="49"/>
        <source>Request accepted</source>
        <translation>Request accepted</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="50"/>
        <source>Will supply</source>
        <translation>Will supply</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="51"/>
        <source>Cancel request not accepted</source>
        <translation>Cancel request not accepted</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="53"/>
        <source>Damaged communicated</source>
        <translation>Damaged communicated</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="55"/>
        <source>Declared lost by partner</source>
        <translation>Declared lost by partner</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="57"/>
        <source>Lost communicated</source>
        <translation>Lost communicated</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="59"/>
        <source>Recalled by partner</source>
        <translation>Recalled by partner</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="64"/>
        <source>Borrower recall</source>
        <translation>Borrower recall</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="65"/>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="68"/>
        <source>Patron renewal</source>
        <translation>Patron renewal</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="69"/>
        <source>Staff renewal</source>
        <translation>Staff renewal</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="165"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="166"/>
        <source>The Institution Zone being configured, as the report should name it.</source>
        <translation>L&apos;Institution Zone configurée, telle que le rapport doit la nommer.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="168"/>
        <source>&amp;Prepared by:</source>
        <translation>P&amp;réparé par :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="169"/>
        <source>Who is doing the setup. Ticked steps record this name.</source>
        <translation>La personne qui effectue la configuration. Les étapes cochées enregistrent ce nom.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="170"/>
        <source>P&amp;reset:</source>
        <translation>Préré&amp;glage :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="172"/>
        <source>WRLC AFN/CLS</source>
        <translation>WRLC AFN/CLS</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="173"/>
        <source>Blank</source>
        <translation>Vierge</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="177"/>
        <source>Resource sharing &amp;library:</source>
        <translation>&amp;Bibliothèque PEB :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="178"/>
        <source>Using the main library avoids a transit step on every receive and return.</source>
        <translation>Utiliser la bibliothèque principale évite une étape de transit à chaque réception et à chaque retour.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="181"/>
        <source>Main library (no transit step)</source>
        <translation>Bibliothèque principale (pas d&apos;étape de transit)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="183"/>
        <source>Stand-alone resource sharing library (adds a transit step)</source>
        <translation>Bibliothèque PEB autonome (ajoute une étape de transit)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="185"/>
        <source>Library &amp;code:</source>
        <translation>Code de la bibliot&amp;hèque :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="186"/>
        <source>The Alma code of the library chosen above.</source>
        <translation>Le code Alma de la bibliothèque choisie ci-dessus.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="188"/>
        <source>Is &amp;Resource Sharing Library</source>
        <translation>Is &amp;Resource Sharing Library</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="190"/>
        <source>&amp;Symbol (OCLC):</source>
        <translation>S&amp;ymbole (OCLC) :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="191"/>
        <source>Your OCLC symbol, as in the Symbol field.</source>
        <translation>Votre symbole OCLC, tel qu&apos;il figure dans le champ Symbol.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="193"/>
        <source>Cancel Request on Locate Fail&amp;ure</source>
        <translation>Cancel Request on Locate Fail&amp;ure</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="195"/>
        <source>Automatically &amp;Activate Locate Profile</source>
        <translation>Automatically &amp;Activate Locate Profile</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="197"/>
        <source>Borrowing default l&amp;ocation:</source>
        <translation>Localisation par défaut (e&amp;mprunt) :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="198"/>
        <source>The temporary borrowing location of section 2.</source>
        <translation>La localisation temporaire d&apos;emprunt de la section 2.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="200"/>
        <source>Default &amp;pickup location:</source>
        <translation>Lieu de re&amp;trait par défaut :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="201"/>
        <source>The library where patrons pick up borrowed items.</source>
        <translation>La bibliothèque où les usagers retirent les documents empruntés.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="203"/>
        <source>Automatically Locate Reso&amp;urce</source>
        <translation>Automatically Locate Res&amp;ource</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="205"/>
        <source>Reject Request When No A&amp;vailable Items</source>
        <translation>Reject Request When No A&amp;vailable Items</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="207"/>
        <source>Reject Request When No Re&amp;questable Items</source>
        <translation>Reject Request When No Re&amp;questable Items</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="209"/>
        <source>Reject Request When Only Electr&amp;onic Available</source>
        <translation>Reject Request &amp;When Only Electronic Available</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="224"/>
        <location filename="../app/model/FieldCatalog.cpp" line="248"/>
        <source>Then the step is to check it; a push never creates it and changes only what differs from the values entered here (an empty name, or the suggested type Open, keeps Alma&apos;s).</source>
        <translation>L&apos;étape consiste alors à la vérifier ; un envoi ne la crée jamais et ne change que ce qui diffère des valeurs saisies ici (un nom vide, ou le type suggéré Open, conserve celui d&apos;Alma).</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="330"/>
        <source>Lending Resource Sharing TO&amp;U name:</source>
        <translation>Nom des C&amp;U PEB prêteur :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="213"/>
        <source>Automatic Crea&amp;tion</source>
        <translation>Automatic Creatio&amp;n</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="215"/>
        <source>Lending default loca&amp;tion:</source>
        <translation>Localisation par &amp;défaut (prêt) :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="216"/>
        <source>The temporary lending location of section 2.</source>
        <translation>La localisation temporaire de prêt de la section 2.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="218"/>
        <source>Locate B&amp;y Fields:</source>
        <translation>Locate By F&amp;ields :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="223"/>
        <source>Already e&amp;xists in Alma: reuse it</source>
        <translation>E&amp;xiste déjà dans Alma : le réutiliser</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="247"/>
        <source>Already exists in Alma: re&amp;use it</source>
        <translation>Existe déjà dans Alma : le ré&amp;utiliser</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="228"/>
        <location filename="../app/model/FieldCatalog.cpp" line="318"/>
        <location filename="../app/model/FieldCatalog.cpp" line="343"/>
        <source>&amp;Code:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="22"/>
        <source>(not set: not sent, Alma keeps its own)</source>
        <translation>(non défini : non envoyé, Alma garde le sien)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="211"/>
        <source>Ignore E&amp;lectronic Resources</source>
        <translation>I&amp;gnore Electronic Resources</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="229"/>
        <location filename="../app/model/FieldCatalog.cpp" line="253"/>
        <source>At most 10 characters, no commas.</source>
        <translation>10 caractères au maximum, sans virgule.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="231"/>
        <location filename="../app/model/FieldCatalog.cpp" line="345"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="234"/>
        <source>E&amp;xternal name:</source>
        <translation>Nom e&amp;xterne :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="235"/>
        <location filename="../app/model/FieldCatalog.cpp" line="347"/>
        <source>&amp;Type:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="238"/>
        <source>&amp;Remote storage:</source>
        <translation>&amp;Remote Storage :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="238"/>
        <location filename="../app/model/FieldCatalog.cpp" line="244"/>
        <location filename="../app/model/FieldCatalog.cpp" line="262"/>
        <location filename="../app/model/FieldCatalog.cpp" line="268"/>
        <source>Leave blank.</source>
        <translation>Laissez vide.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="241"/>
        <source>Fulfillment un&amp;it:</source>
        <translation>F&amp;ulfillment Unit :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="242"/>
        <location filename="../app/model/FieldCatalog.cpp" line="266"/>
        <source>Ends in _FU: the RS library&apos;s unit.</source>
        <translation>Se termine par _FU : l&apos;unité de services aux usagers de la bibliothèque PEB.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="244"/>
        <source>Call n&amp;umber type:</source>
        <translation>C&amp;all Number Type :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="252"/>
        <source>C&amp;ode:</source>
        <translation>Co&amp;de :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="255"/>
        <source>N&amp;ame:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="258"/>
        <source>External na&amp;me:</source>
        <translation>Nom e&amp;xterne :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="259"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="262"/>
        <source>Remote st&amp;orage:</source>
        <translation>Remote Stora&amp;ge :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="265"/>
        <source>Fu&amp;lfillment unit:</source>
        <translation>Fulf&amp;illment Unit :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="268"/>
        <source>Call number t&amp;ype:</source>
        <translation>C&amp;all Number Type :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="271"/>
        <source>Circulation &amp;desk:</source>
        <translation>&amp;Bureau de prêt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="272"/>
        <source>The RS library&apos;s desk, attached to both locations.</source>
        <translation>Le bureau de prêt de la bibliothèque PEB, rattaché aux deux localisations.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="273"/>
        <source>Check &amp;In</source>
        <translation>C&amp;heck In</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="275"/>
        <source>Check Ou&amp;t</source>
        <translation>Chec&amp;k Out</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="277"/>
        <source>Re&amp;shelve</source>
        <translation>Reshel&amp;ve</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="282"/>
        <source>Expired Resource Sharing Requests job &amp;active</source>
        <translation>Tâche « Expired Resource Sharing Requests » &amp;activée</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="283"/>
        <source>&amp;Schedule:</source>
        <translation>Pla&amp;nification :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="285"/>
        <source>Every Day at 02:00</source>
        <translation>Every Day at 02:00</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="287"/>
        <source>Another schedule (not the guide&apos;s)</source>
        <translation>Autre planification (pas celle du guide)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="292"/>
        <source>Borrowing profile na&amp;me:</source>
        <translation>&amp;Nom du profil d&apos;emprunt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="295"/>
        <source>Borrowing profile &amp;code:</source>
        <translation>C&amp;ode du profil d&apos;emprunt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="296"/>
        <location filename="../app/model/FieldCatalog.cpp" line="306"/>
        <source>Partners refer to the profile by this code.</source>
        <translation>Les partenaires désignent le profil par ce code.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="299"/>
        <source>Borrowing &amp;steps:</source>
        <translation>Étapes d&apos;e&amp;mprunt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="302"/>
        <source>&amp;Lending profile name:</source>
        <translation>Nom du profil de p&amp;rêt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="305"/>
        <source>Lending profile co&amp;de:</source>
        <translation>Co&amp;de du profil de prêt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="309"/>
        <source>Lending s&amp;teps:</source>
        <translation>É&amp;tapes de prêt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="313"/>
        <source>Default e&amp;xpiry time (days):</source>
        <translation>&amp;Délai d&apos;expiration par défaut (jours) :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="314"/>
        <source>Used for new partners. SUNY and FLVC use 4.</source>
        <translation>Utilisé pour les nouveaux partenaires. SUNY et FLVC utilisent 4.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="320"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="324"/>
        <source>&amp;Loan TOU name:</source>
        <translation>&amp;Nom des CU de prêt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="327"/>
        <source>Loan TOU p&amp;olicies:</source>
        <translation>P&amp;olitiques des CU de prêt :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="333"/>
        <source>Lending TOU polic&amp;ies:</source>
        <translation>Pol&amp;itiques des CU PEB prêteur :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="336"/>
        <source>Borro&amp;wing Resource Sharing TOU name:</source>
        <translation>Nom des CU PEB e&amp;mprunteur :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="339"/>
        <source>Borrowing TOU poli&amp;cies:</source>
        <translation>Politiques des CU PE&amp;B emprunteur :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="349"/>
        <source>Non Ordered</source>
        <translation>Non Ordered</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="351"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="352"/>
        <source>&amp;Status:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="354"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="356"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="357"/>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="358"/>
        <source>Peer-to-peer partners of section 6.</source>
        <translation>Partenaires pair à pair de la section 6.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="521"/>
        <source>Temporary borrowing location</source>
        <translation>Localisation temporaire d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="522"/>
        <source>Temporary lending location</source>
        <translation>Localisation temporaire de prêt</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="523"/>
        <source>Item policy</source>
        <translation>Politique d&apos;exemplaire</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="524"/>
        <source>Rota template</source>
        <translation>Modèle de rota</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="528"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="121"/>
        <source>suggested</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="134"/>
        <source>Suggested value: %1</source>
        <translation>Valeur suggérée : %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="227"/>
        <source>%1 (not a partner)</source>
        <translation>%1 (pas un partenaire)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="229"/>
        <source>%1 (not a policy of section 9)</source>
        <translation>%1 (pas une politique de la section 9)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../app/checks/Finding.cpp" line="28"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../app/checks/Finding.cpp" line="30"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../app/checks/Finding.cpp" line="32"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../app/checks/Finding.cpp" line="73"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="20"/>
        <source>Checks of this section</source>
        <translation>Vérifications de cette section</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="68"/>
        <source>Still empty: %1.</source>
        <translation>Champs encore vides : %1.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="69"/>
        <source>Enter them as they are (or will be) in Alma.</source>
        <translation>Saisissez-les tels qu&apos;ils sont (ou seront) dans Alma.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="92"/>
        <source>Show what this is about</source>
        <translation>Afficher l&apos;élément concerné</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="100"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&lt;i&gt;Fix:&lt;/i&gt; %3</source>
        <translation>&lt;b&gt;%1 :&lt;/b&gt; %2&lt;br&gt;&lt;i&gt;Correction :&lt;/i&gt; %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/FindingsPanel.cpp" line="108"/>
        <source>… and %n more: see the summary page.</source>
        <translation>
            <numerusform>… et %n autre : voir la page Récapitulatif.</numerusform>
            <numerusform>… et %n autres : voir la page Récapitulatif.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="54"/>
        <source>%1 Fix: %2</source>
        <translation>%1 Correction : %2</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="69"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="71"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="73"/>
        <source>What to change</source>
        <translation>À corriger</translation>
    </message>
</context>
<context>
    <name>FulfillmentPoliciesPage</name>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="21"/>
        <source>Fulfillment policies</source>
        <translation>Politiques de services aux usagers</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="23"/>
        <source>&amp;Add policy</source>
        <translation>&amp;Ajouter une politique</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="24"/>
        <source>Re&amp;move policy</source>
        <translation>Suppri&amp;mer la politique</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="29"/>
        <source>Policies (the terms of use of section 10 choose from these)</source>
        <translation>Politiques (les conditions d&apos;utilisation de la section 10 y font référence)</translation>
    </message>
</context>
<context>
    <name>FulfillmentUnitRulesPage</name>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="27"/>
        <source>&amp;Loan</source>
        <translation>Prê&amp;t (Loan)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="28"/>
        <source>Len&amp;ding Resource Sharing</source>
        <translation>PE&amp;B prêteur (Lending Resource Sharing)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="29"/>
        <source>Borro&amp;wing Resource Sharing</source>
        <translation>PEB emprunteur (Borro&amp;wing Resource Sharing)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="34"/>
        <source>Fulfillment unit rules</source>
        <translation>Règles des unités de services aux usagers</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="38"/>
        <source>%1 rule</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="39"/>
        <source>Use the terms of use of section 10</source>
        <translation>Utiliser les conditions d&apos;utilisation de la section 10</translation>
    </message>
</context>
<context>
    <name>GuideChecks</name>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="39"/>
        <source>%1 is not checked; the guide checks it.</source>
        <translation>%1 n&apos;est pas coché ; le guide le coche.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="40"/>
        <source>%1 is not checked: %2</source>
        <translation>%1 n&apos;est pas coché : %2</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="41"/>
        <source>Check %1, as the guide says.</source>
        <translation>Cochez %1, comme le dit le guide.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="48"/>
        <source>the guide says to make sure it is checked.</source>
        <translation>le guide demande de vérifier qu&apos;il est coché.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="58"/>
        <source>No default pickup location is entered; the guide selects the library where patrons pick up borrowed items.</source>
        <translation>Aucun lieu de retrait par défaut n&apos;est saisi ; le guide sélectionne la bibliothèque où les usagers retirent les documents empruntés.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="60"/>
        <source>Enter the library to select in Default Pickup Location.</source>
        <translation>Saisissez la bibliothèque à sélectionner dans Default Pickup Location.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="64"/>
        <source>No OCLC symbol is entered; the guide says to make sure it is listed in the Symbol field.</source>
        <translation>Aucun symbole OCLC n&apos;est saisi ; le guide demande de vérifier qu&apos;il figure dans le champ Symbol.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="65"/>
        <source>Enter your OCLC symbol.</source>
        <translation>Saisissez votre symbole OCLC.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="80"/>
        <source>Locate By Fields lacks %1; the guide checks Title, Author, ISBN/ISSN, System Control Number and LCCN (010).</source>
        <translation>Il manque %1 dans Locate By Fields ; le guide coche Title, Author, ISBN/ISSN, System Control Number et LCCN (010).</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="83"/>
        <source>Check the missing fields.</source>
        <translation>Cochez les champs manquants.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="91"/>
        <source>the guide attaches the desk with Check In, Check Out and Reshelve.</source>
        <translation>le guide rattache la banque de prêt avec Check In, Check Out et Reshelve.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="98"/>
        <source>%1 is empty; the guide selects the resource sharing library&apos;s unit, a value ending in &quot;_FU&quot;.</source>
        <translation>%1 est vide ; le guide sélectionne l&apos;unité de la bibliothèque de prêt entre bibliothèques, une valeur qui se termine par « _FU ».</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="100"/>
        <source>Enter the resource sharing library&apos;s fulfillment unit.</source>
        <translation>Saisissez l&apos;unité de service (fulfillment unit) de la bibliothèque de prêt entre bibliothèques.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="103"/>
        <source>%1 &quot;%2&quot; does not end in &quot;_FU&quot;, as the guide&apos;s value does.</source>
        <translation>%1 « %2 » ne se termine pas par « _FU », contrairement à la valeur du guide.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="104"/>
        <source>Check that this is the resource sharing library&apos;s fulfillment unit.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de l&apos;unité de service de la bibliothèque de prêt entre bibliothèques.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="109"/>
        <source>The two locations have different fulfillment units (%1 and %2); the guide gives both the resource sharing library&apos;s.</source>
        <translation>Les deux lieux ont des unités de service différentes (%1 et %2) ; le guide leur donne à tous deux celle de la bibliothèque de prêt entre bibliothèques.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="112"/>
        <source>Use the same unit for both.</source>
        <translation>Utilisez la même unité pour les deux.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="117"/>
        <source>%1 is &quot;%2&quot;; the guide leaves it blank.</source>
        <translation>%1 vaut « %2 » ; le guide le laisse vide.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="117"/>
        <source>Leave it blank.</source>
        <translation>Laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="127"/>
        <source>The job is not scheduled Every Day at 02:00, as the guide says.</source>
        <translation>La tâche n&apos;est pas planifiée Every Day at 02:00, comme le dit le guide.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="128"/>
        <source>Select Every Day at 02:00 unless your institution has a reason for another time.</source>
        <translation>Sélectionnez Every Day at 02:00, sauf si votre établissement a une raison de choisir une autre heure.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="149"/>
        <source>%1 lacks steps the guide checks: %2.</source>
        <translation>Il manque à %1 des étapes que le guide coche : %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="150"/>
        <source>Check them in the profile.</source>
        <translation>Cochez-les dans le profil.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="163"/>
        <source>Rule &quot;%1&quot;: the condition %2 %3 has no values.</source>
        <translation>Règle « %1 » : la condition %2 %3 n&apos;a aucune valeur.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="165"/>
        <source>Enter the values, or remove the condition.</source>
        <translation>Saisissez les valeurs ou supprimez la condition.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="181"/>
        <source>Rule &quot;%1&quot; has no input, so it would send every borrowing request automatically, to any partner (ILLiad, Rapido, …), not only to your peer-to-peer partners.</source>
        <translation>La règle « %1 » n&apos;a aucune entrée : elle enverrait automatiquement toutes les demandes d&apos;emprunt, à n&apos;importe quel partenaire (ILLiad, Rapido, …), et pas seulement à vos partenaires pair à pair.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="184"/>
        <location filename="../app/checks/GuideChecks.cpp" line="201"/>
        <source>Add the input Resource Sharing Partner InList your peer-to-peer partners (&quot;Use all partners&quot;).</source>
        <translation>Ajoutez l&apos;entrée Resource Sharing Partner InList avec vos partenaires pair à pair (« Utiliser tous les partenaires »).</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="198"/>
        <source>Rule &quot;%1&quot; does not test the resource sharing partner, so it may send requests to partners that are not your peer-to-peer ones.</source>
        <translation>La règle « %1 » ne teste pas le partenaire, elle peut donc envoyer des demandes à des partenaires qui ne sont pas vos partenaires pair à pair.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="210"/>
        <source>the Lending Resource Sharing TOU would apply to every item you lend, not only to items loaned to your peer-to-peer partners</source>
        <translation>les conditions d&apos;utilisation du prêt s&apos;appliqueraient à tout document que vous prêtez, pas seulement à ceux prêtés à vos partenaires pair à pair</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="213"/>
        <source>every borrowing request would get the peer-to-peer rota; the guide says to configure the rule according to the terms of your lending agreement</source>
        <translation>toute demande d&apos;emprunt recevrait la rotation pair à pair ; le guide demande de configurer la règle selon les termes de votre accord de prêt</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="223"/>
        <source>Rule &quot;%1&quot; has no input that narrows it: %2.</source>
        <translation>La règle « %1 » n&apos;a aucune entrée qui la restreint : %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="224"/>
        <source>Add inputs that select your peer-to-peer requests.</source>
        <translation>Ajoutez des entrées qui sélectionnent vos demandes pair à pair.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="234"/>
        <source>Rule &quot;%1&quot; has no User Group input; the guide selects the user groups allowed to submit borrowing requests.</source>
        <translation>La règle « %1 » n&apos;a pas d&apos;entrée User Group ; le guide sélectionne les groupes d&apos;usagers autorisés à faire des demandes d&apos;emprunt.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="237"/>
        <source>Add the input User Group InList the groups allowed to request.</source>
        <translation>Ajoutez l&apos;entrée User Group InList avec les groupes autorisés à faire des demandes.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="120"/>
        <source>  new FILE [--preset wrlc|blank] [--institution NAME]
                          write a new setup file without opening a window
  check FILE [--json]     validate a setup: one finding per line (severity, section,
                          message); exit 0 without errors, 1 with errors
  report OUT FILE         write the completion report of FILE to OUT; the format is
                          taken from OUT&apos;s extension: .pdf, .html or .md
</source>
        <translation>  new FILE [--preset wrlc|blank] [--institution NAME]
                          crée un fichier de configuration sans ouvrir de fenêtre
  check FILE [--json]     valide une configuration : un constat par ligne (gravité,
                          section, message) ; code de sortie 0 sans erreur, 1 sinon
  report OUT FILE         écrit le rapport final de FILE dans OUT ; le format est
                          déduit de l&apos;extension de OUT : .pdf, .html ou .md
</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="96"/>
        <source>Unknown option: %1. alma-p2p-wizard --help lists the options and commands.</source>
        <translation>Option inconnue : %1. alma-p2p-wizard --help liste les options et les commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="100"/>
        <source>Too many arguments: the window opens one setup file (%1).</source>
        <translation>Trop d&apos;arguments : la fenêtre ouvre un seul fichier de configuration (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="106"/>
        <location filename="../app/cli/HeadlessCommands.cpp" line="141"/>
        <source>Unknown command: %1. alma-p2p-wizard --help lists the commands.</source>
        <translation>Commande inconnue : %1. alma-p2p-wizard --help liste les commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="107"/>
        <source>Unknown command: %1. Did you mean %2?</source>
        <translation>Commande inconnue : %1. Vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="148"/>
        <source>Writes a new setup file, ready to be opened with alma-p2p-wizard FILE.</source>
        <translation>Crée un nouveau fichier de configuration, prêt à être ouvert avec alma-p2p-wizard FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="151"/>
        <source>Start from PRESET: &quot;wrlc&quot; (WRLC AFN/CLS: main library, CLSBORR, CLSLEND) or &quot;blank&quot; (the guide&apos;s suggestions, no institution codes). Default: blank.</source>
        <translation>Part du préréglage PRESET : &quot;wrlc&quot; (WRLC AFN/CLS : bibliothèque principale, CLSBORR, CLSLEND) ou &quot;blank&quot; (suggestions du guide, sans codes propres à l&apos;institution). Par défaut : blank.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="153"/>
        <source>PRESET</source>
        <translation>PRESET</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="155"/>
        <source>The institution the setup is for.</source>
        <translation>L&apos;institution concernée par la configuration.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="155"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="158"/>
        <source>The setup file to create; it must not exist yet.</source>
        <translation>Le fichier de configuration à créer ; il ne doit pas déjà exister.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="163"/>
        <source>Usage: %1 new FILE [--preset wrlc|blank] [--institution NAME]</source>
        <translation>Utilisation : %1 new FILE [--preset wrlc|blank] [--institution NAME]</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="171"/>
        <source>Unknown preset &quot;%1&quot;; choose one of: %2</source>
        <translation>Préréglage inconnu &quot;%1&quot; ; choisissez parmi : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="177"/>
        <source>%1 already exists; it was left as it is. Choose another name, or open it with %2 %1.</source>
        <translation>%1 existe déjà ; il n&apos;a pas été modifié. Choisissez un autre nom, ou ouvrez-le avec %2 %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="190"/>
        <source>Created %1 (preset %2).</source>
        <translation>Fichier %1 créé (préréglage %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="198"/>
        <source>Validates a setup: rule order (first match wins), names that must line up between sections, formats and required values. Prints one finding per line: severity&lt;TAB&gt;section&lt;TAB&gt;message.
Exit status: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be read.</source>
        <translation>Valide une configuration : ordre des règles (la première règle qui correspond l&apos;emporte), noms qui doivent concorder d&apos;une section à l&apos;autre, formats et valeurs obligatoires. Affiche un constat par ligne : gravité&lt;TAB&gt;section&lt;TAB&gt;message.
Code de sortie : 0 aucune erreur (avertissements admis), 1 erreurs, 2 fichier illisible.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="203"/>
        <source>Print the findings as a JSON array of {severity, section, sectionTitle, subject, code, message, fix}.</source>
        <translation>Affiche les constats sous forme de tableau JSON de {severity, section, sectionTitle, subject, code, message, fix}.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="205"/>
        <source>The setup file to check.</source>
        <translation>Le fichier de configuration à vérifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="209"/>
        <source>Usage: %1 check FILE [--json]</source>
        <translation>Utilisation : %1 check FILE [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="236"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HeadlessCommands.cpp" line="237"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HeadlessCommands.cpp" line="238"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HeadlessCommands.cpp" line="239"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="266"/>
        <source>Writes the completion report of a setup: every section with its values, checklist and checks, and sign-off lines. The format is taken from OUT&apos;s extension: .pdf (A4 or Letter by locale), .html (one file) or .md.
Exit status: 0 written, 2 FILE cannot be read or OUT cannot be written.</source>
        <translation>Écrit le rapport final d&apos;une configuration : chaque section avec ses valeurs, ses étapes et ses vérifications, puis les lignes de signature. Le format est déduit de l&apos;extension de OUT : .pdf (A4 ou Letter selon les paramètres régionaux), .html (un seul fichier) ou .md.
Code de sortie : 0 rapport écrit, 2 FILE illisible ou OUT impossible à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="271"/>
        <source>The report to write (.pdf, .html or .md).</source>
        <translation>Le rapport à écrire (.pdf, .html ou .md).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="272"/>
        <source>The setup file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="276"/>
        <source>Usage: %1 report OUT FILE</source>
        <translation>Utilisation : %1 report OUT FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="282"/>
        <source>%1: the report format is taken from the file name: use .pdf, .html or .md</source>
        <translation>%1 : le format du rapport est déduit du nom du fichier : utilisez .pdf, .html ou .md</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="299"/>
        <source>Wrote %1.</source>
        <translation>Fichier %1 écrit.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../app/report/HtmlReport.cpp" line="146"/>
        <source>(none entered)</source>
        <translation>(aucune valeur saisie)</translation>
    </message>
    <message>
        <location filename="../app/report/HtmlReport.cpp" line="182"/>
        <source>Sign-off</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="22"/>
        <source>Peer-to-peer resource sharing setup</source>
        <translation>Configuration du PEB pair à pair</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="26"/>
        <source>This wizard walks you through the 14 sections of configuring peer-to-peer resource sharing in your Alma Institution Zone. Enter the values you will use, tick each step as you do it in Alma, and come back to any section at any time: the list on the left shows how far the setup has come.</source>
        <translation>Cet assistant vous guide à travers les 14 sections de la configuration du prêt entre bibliothèques (PEB) pair à pair dans votre Institution Zone Alma. Saisissez les valeurs que vous allez utiliser, cochez chaque étape au fur et à mesure que vous la réalisez dans Alma, et revenez à n&apos;importe quelle section quand vous le souhaitez : la liste de gauche montre l&apos;avancement de la configuration.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="34"/>
        <source>Roles you need in Alma: Fulfillment Administrator and Resource Sharing Partners Manager. Work at the institution level unless a step says otherwise.</source>
        <translation>Rôles nécessaires dans Alma : Fulfillment Administrator et Resource Sharing Partners Manager. Travaillez au niveau de l&apos;institution, sauf si une étape indique autre chose.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="42"/>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="46"/>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="56"/>
        <source>Appl&amp;y preset</source>
        <translation>Appli&amp;quer le préréglage</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="63"/>
        <source>WRLC AFN/CLS uses your main library as the resource sharing library, with its existing CLSBORR and CLSLEND as temporary locations (as the guide says). Blank leaves your codes empty. Both fill in names the guide does not give with this program&apos;s suggestions, marked &quot;suggested&quot;. Applying a preset replaces the values of every section (ticked steps stay); Edit &gt; Undo brings them back.</source>
        <translation>WRLC AFN/CLS utilise votre bibliothèque principale comme bibliothèque de prêt entre bibliothèques, avec vos CLSBORR et CLSLEND existants comme lieux temporaires (comme le dit le guide). Vierge laisse vos codes vides. Les deux complètent les noms que le guide ne donne pas par des suggestions de ce programme, marquées « suggestion ». Appliquer un modèle remplace les valeurs de toutes les sections (les étapes cochées restent) ; Édition &gt; Annuler les rétablit.</translation>
    </message>
</context>
<context>
    <name>ItemPolicyPage</name>
    <message>
        <location filename="../wizard_pages/ItemPolicyPage.cpp" line="19"/>
        <source>Item policy for borrowed items</source>
        <translation>Politique d&apos;exemplaire des documents empruntés</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../wizard_pages/JobsPage.cpp" line="19"/>
        <source>Expired Resource Sharing Requests</source>
        <translation>Expired Resource Sharing Requests</translation>
    </message>
</context>
<context>
    <name>KeyValueTableModel</name>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="20"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="20"/>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="38"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="38"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="71"/>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="73"/>
        <source>Unconfirmed: no public source confirms this parameter name. Check your Other Settings table in Alma.</source>
        <translation>Non confirmé : aucune source publique ne confirme ce nom de paramètre. Vérifiez votre table « Other Settings » dans Alma.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="47"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="60"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="62"/>
        <source>Next and Back buttons: the next and previous section</source>
        <translation>Boutons Suivant et Précédent : la section suivante et la précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>The field or button with that label</source>
        <translation>Le champ ou le bouton portant ce libellé</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>The step with that number in the checklist</source>
        <translation>L&apos;étape portant ce numéro dans la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="65"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="65"/>
        <source>Tick or untick the step (or check box) that has the focus</source>
        <translation>Cocher ou décocher l&apos;étape (ou la case) qui a le focus</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Go to the section or problem that has the focus</source>
        <translation>Aller à la section ou au problème qui a le focus</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="67"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="67"/>
        <source>Edit the table cell that has the focus</source>
        <translation>Modifier la cellule du tableau qui a le focus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Setup files (*%1);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers de configuration (*%1);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Impossible de conserver une copie de récupération : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>&amp;New Setup</source>
        <translation>&amp;Nouvelle configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="142"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="148"/>
        <source>Save and &amp;Continue Later</source>
        <translation>Enregistrer et &amp;continuer plus tard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="151"/>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="154"/>
        <source>Plan, Push and Verify in A&amp;lma…</source>
        <translation>Planifier, envoyer et vérifier dans A&amp;lma…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>&amp;Try It with the Alma Sandbox…</source>
        <translation>Ess&amp;ayer avec la sandbox Alma…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="176"/>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>&amp;Previous Section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>&amp;Next Section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Introduction</source>
        <translation>Introd&amp;uction</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>&amp;Summary</source>
        <translation>Réca&amp;pitulatif</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="211"/>
        <source>About Alma Peer-to-Peer Setup</source>
        <translation>À propos d&apos;Alma Peer-to-Peer Setup</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>&lt;h3&gt;Alma Peer-to-Peer Setup %1&lt;/h3&gt;&lt;p&gt;Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alma Peer-to-Peer Setup %1&lt;/h3&gt;&lt;p&gt;Guide le personnel du prêt entre bibliothèques dans la configuration du prêt pair à pair dans une Institution Zone d&apos;Alma.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="218"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="298"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>The program will use the new language the next time you start it.</source>
        <translation>Le programme utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="162"/>
        <source>Consort&amp;ium</source>
        <translation>Consor&amp;tium</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="163"/>
        <source>&amp;New Consortium</source>
        <translation>&amp;Nouveau consortium</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>&amp;Open Consortium…</source>
        <translation>&amp;Ouvrir un consortium…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>Open Consortium</source>
        <translation>Ouvrir un consortium</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="166"/>
        <source>Consortium files (*.consortium.json);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers de consortium (*.consortium.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Next P&amp;roblem</source>
        <translation>P&amp;roblème suivant</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Previous Pro&amp;blem</source>
        <translation>Pro&amp;blème précédent</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Next &amp;Unticked Step</source>
        <translation>Prochaine étape &amp;non cochée</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195"/>
        <source>Section &amp;List</source>
        <translation>&amp;Liste des sections</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="209"/>
        <source>&amp;About</source>
        <translation>À pro&amp;pos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="230"/>
        <source>No problems: the checks found nothing to fix.</source>
        <translation>Aucun problème : les vérifications n&apos;ont rien trouvé à corriger.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="236"/>
        <source>Problem %1 of %2: %3</source>
        <translation>Problème %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="257"/>
        <source>Every step of the sections still needed is ticked.</source>
        <translation>Toutes les étapes des sections encore nécessaires sont cochées.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>the summary</source>
        <translation>le récapitulatif</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>the introduction</source>
        <translation>l&apos;introduction</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>last changed %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="271"/>
        <source>last changed %1 by %2</source>
        <translation>modifié le %1 par %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>Resumed %1 at %2, %3: %4, %5.</source>
        <translation>%1 repris à %2, %3 : %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="273"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>No recent setups</source>
        <translation>Aucune configuration récente</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="320"/>
        <source>%1[*] — Alma Peer-to-Peer Setup</source>
        <translation>%1[*] — Configuration PEB pair à pair pour Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="327"/>
        <source>Save the changes to %1 before starting a new setup?</source>
        <translation>Enregistrer les modifications de %1 avant de commencer une nouvelle configuration ?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="338"/>
        <source>Open Setup</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source>Save the changes to %1 before opening another setup?</source>
        <translation>Enregistrer les modifications de %1 avant d&apos;ouvrir une autre configuration ?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>Cannot Open Setup</source>
        <translation>Impossible d&apos;ouvrir la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>The setup could not be opened; the file was not changed.

%1</source>
        <translation>La configuration n&apos;a pas pu être ouverte ; le fichier n&apos;a pas été modifié.

%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="365"/>
        <location filename="../app/gui/MainWindow.cpp" line="391"/>
        <source>Cannot Save Setup</source>
        <translation>Impossible d&apos;enregistrer la configuration</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="366"/>
        <source>%1

Your work is still open here. Try Save As to save it somewhere else.</source>
        <translation>%1

Votre travail est toujours ouvert ici. Essayez Enregistrer sous pour l&apos;enregistrer ailleurs.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <location filename="../app/gui/MainWindow.cpp" line="396"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>p2p-setup</source>
        <translation>configuration-p2p</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="385"/>
        <source>Save Setup As</source>
        <translation>Enregistrer la configuration sous</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="392"/>
        <source>%1

Your work is still open here. Choose another place to save it.</source>
        <translation>%1

Votre travail est toujours ouvert ici. Choisissez un autre emplacement pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="411"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="413"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="435"/>
        <source>an unsaved setup</source>
        <translation>une configuration non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="436"/>
        <source>an unsaved setup for %1</source>
        <translation>une configuration non enregistrée pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="439"/>
        <source>Restore Unsaved Work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="440"/>
        <source>The program was not closed properly. A copy of the unsaved changes to %1 from %2 was kept.</source>
        <translation>Le programme n&apos;a pas été fermé correctement. Une copie du %2 des modifications non enregistrées (%1) a été conservée.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="442"/>
        <source>Restore it to go on where you left off. Later keeps the copy for the next start.</source>
        <translation>Restaurez-la pour reprendre là où vous vous étiez arrêté. « Plus tard » garde la copie jusqu&apos;au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="444"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="444"/>
        <source>&amp;Discard Copy</source>
        <translation>Suppri&amp;mer la copie</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="445"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Save the changes to %1 before restoring?</source>
        <translation>Enregistrer les modifications de %1 avant la restauration ?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="455"/>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="459"/>
        <source>Restored unsaved work. Save it to keep it.</source>
        <translation>Travail non enregistré restauré. Enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="481"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="482"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="483"/>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="500"/>
        <source>Cannot Export Report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="503"/>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="509"/>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="519"/>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Enregistrer les modifications de %1 avant de quitter ?</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <location filename="../app/report/MarkdownReport.cpp" line="73"/>
        <source>(none entered)</source>
        <translation>(aucune valeur saisie)</translation>
    </message>
    <message>
        <location filename="../app/report/MarkdownReport.cpp" line="93"/>
        <source>Sign-off</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>MatrixReport</name>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="35"/>
        <source>Consortium reciprocity and agreement</source>
        <translation>Réciprocité et concordance au sein du consortium</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="36"/>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="38"/>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="39"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="40"/>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="40"/>
        <source>%1 (each member borrowing from each other member)</source>
        <translation>%1 (chaque membre emprunte à chacun des autres membres)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="42"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <source>Mark</source>
        <translation>Signe</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="54"/>
        <source>Every pair that lends and borrows agrees with the roster.</source>
        <translation>Chaque paire où l&apos;un emprunte et l&apos;autre prête concorde avec la liste des membres.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="55"/>
        <source>Rows are borrowers, columns lenders: the cell of row A and column B is A borrowing from B, which needs A&apos;s partner record of B and B&apos;s partner record of A.</source>
        <translation>Les lignes sont les emprunteurs, les colonnes les prêteurs : la cellule de la ligne A et de la colonne B correspond à A empruntant à B, ce qui demande la fiche partenaire de B chez A et la fiche partenaire de A chez B.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="59"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="64"/>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="73"/>
        <source>Lenders %1 to %2</source>
        <translation>Prêteurs %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>Lender</source>
        <translation>Prêteur</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="93"/>
        <source>Pairs that need work</source>
        <translation>Paires à traiter</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="95"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="100"/>
        <source>To do, per member</source>
        <translation>Tâches par membre</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="106"/>
        <source>Not read: %1.</source>
        <translation>Non lu : %1.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="112"/>
        <source>Nothing: its partner records agree with the roster (read from %1).</source>
        <translation>Rien : ses fiches partenaires concordent avec la liste des membres (lues dans %1).</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="119"/>
        <source>Read from %1.</source>
        <translation>Lu dans %1.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="122"/>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
</context>
<context>
    <name>MemberKeys</name>
    <message>
        <location filename="../app/api/MemberKeys.cpp" line="108"/>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>MemberSetupFiles</name>
    <message>
        <location filename="../app/consortium/MemberSetupFiles.cpp" line="134"/>
        <source>no setup file was given</source>
        <translation>aucun fichier de configuration n&apos;a été fourni</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupFiles.cpp" line="140"/>
        <source>%1: belongs to no member of the roster (name the file after the member&apos;s code, e.g. %2)</source>
        <translation>%1 : n&apos;appartient à aucun membre de la liste des membres (nommez le fichier d&apos;après le code du membre, par exemple %2)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupFiles.cpp" line="147"/>
        <source>%1 and %2 are both %3&apos;s setup</source>
        <translation>%1 et %2 sont tous deux la configuration de %3</translation>
    </message>
</context>
<context>
    <name>MemberSetupGenerator</name>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="119"/>
        <source>partner %1: %2</source>
        <translation>partenaire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="123"/>
        <source>the partner list of the %1</source>
        <translation>la liste des partenaires (%1)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="126"/>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="135"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="135"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="137"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="241"/>
        <source>partner %1: kept yours (no longer in the roster, but you changed it)</source>
        <translation>partenaire %1 : votre fiche a été conservée (ne figure plus dans la liste des membres, mais vous l&apos;avez modifiée)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="243"/>
        <source>partner %1 removed (no longer in the roster)</source>
        <translation>partenaire %1 supprimé (ne figure plus dans la liste des membres)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="251"/>
        <source>partner %1 added</source>
        <translation>partenaire %1 ajouté</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="275"/>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="289"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="284"/>
        <source>%1: kept yours, %2 (the roster says %3)</source>
        <translation>%1 : votre valeur %2 a été conservée (la liste des membres indique %3)</translation>
    </message>
</context>
<context>
    <name>OtherSettingsPage</name>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="22"/>
        <source>Other settings</source>
        <translation>Autres paramètres</translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="27"/>
        <source>Fill from sec&amp;tions 1 and 2</source>
        <translation>Remplir à partir des sec&amp;tions 1 et 2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="29"/>
        <source>Sets ill_item_creation_lib_code to the library code and ill_item_creation_loc_code (unconfirmed: check your Other Settings table) to the temporary borrowing location code.</source>
        <translation>Définit ill_item_creation_lib_code sur le code de la bibliothèque et ill_item_creation_loc_code (non confirmé : vérifiez votre table « Other Settings ») sur le code de la localisation temporaire d&apos;emprunt.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="32"/>
        <source>Customer parameters</source>
        <translation>Paramètres client</translation>
    </message>
</context>
<context>
    <name>PartnerChecks</name>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="37"/>
        <source>Partner %1 has profile type &quot;%2&quot;, which Alma does not have (%3).</source>
        <translation>Le partenaire %1 a le type de profil « %2 », qu&apos;Alma ne connaît pas (%3).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="39"/>
        <source>Choose one of Alma&apos;s profile types.</source>
        <translation>Choisissez l&apos;un des types de profil d&apos;Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="55"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="52"/>
        <source>Partner %1 lacks %2, which Alma requires of %3 partners (rest_partner.xsd). Copied from the Community tab, as the guide does, it has them; a push can create it only once they are set here.</source>
        <translation>Il manque au partenaire %1 : %2, qu&apos;Alma exige des partenaires %3 (rest_partner.xsd). Copié depuis l&apos;onglet Community, comme le fait le guide, il les a ; un envoi ne peut le créer qu&apos;une fois qu&apos;ils sont renseignés ici.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="56"/>
        <source>Copy the partner from the Community tab in Alma, or enter them in the partner&apos;s details.</source>
        <translation>Copiez le partenaire depuis l&apos;onglet Community d&apos;Alma, ou saisissez-les dans les détails du partenaire.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="61"/>
        <source>Partner %1 has no expiry days; the guide sets Expiry Time (Days) on the partner&apos;s Parameters tab.</source>
        <translation>Le partenaire %1 n&apos;a pas de jours d&apos;expiration ; le guide règle Expiry Time (Days) dans l&apos;onglet Parameters du partenaire.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="64"/>
        <source>Enter the expiry days agreed with the partner.</source>
        <translation>Saisissez les jours d&apos;expiration convenus avec le partenaire.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="68"/>
        <source>Partner %1 has expiry days, but its request expiry type is %2: Alma uses the days only with EXPIRY_TIME (rest_partner.xsd).</source>
        <translation>Le partenaire %1 a des jours d&apos;expiration, mais son type d&apos;expiration est %2 : Alma n&apos;utilise les jours qu&apos;avec EXPIRY_TIME (rest_partner.xsd).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="71"/>
        <source>Choose the request expiry type EXPIRY_TIME.</source>
        <translation>Choisissez le type d&apos;expiration EXPIRY_TIME.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="74"/>
        <source>Partner %1 has expiry days, but Alma keeps no expiry time for %2 partners: the value is not used.</source>
        <translation>Le partenaire %1 a des jours d&apos;expiration, mais Alma ne conserve pas de délai d&apos;expiration pour les partenaires %2 : la valeur n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="77"/>
        <source>Clear the expiry days, or check the partner&apos;s profile type.</source>
        <translation>Effacez les jours d&apos;expiration, ou vérifiez le type de profil du partenaire.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="88"/>
        <source>Partners not in the rota template: %1. Requests never go to them.</source>
        <translation>Partenaires absents du modèle de rotation : %1. Les demandes ne leur parviennent jamais.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="89"/>
        <source>Add them as members (&quot;Select all partners&quot;).</source>
        <translation>Ajoutez-les comme membres (« Sélectionner tous les partenaires »).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="93"/>
        <source>Requests to %1 are not sent automatically: they are not in the sending rule&apos;s partner list.</source>
        <translation>Les demandes à %1 ne sont pas envoyées automatiquement : ils ne figurent pas dans la liste de partenaires de la règle d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="95"/>
        <source>Add them to the rule&apos;s list (&quot;Use all partners&quot;).</source>
        <translation>Ajoutez-les à la liste de la règle (« Utiliser tous les partenaires »).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="109"/>
        <source>The sending rule lists partners that are not in section 6: %1.</source>
        <translation>La règle d&apos;envoi cite des partenaires absents de la section 6 : %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="110"/>
        <source>Add them to the partners, or remove them from the rule.</source>
        <translation>Ajoutez-les aux partenaires ou retirez-les de la règle.</translation>
    </message>
</context>
<context>
    <name>PartnerCsvReader</name>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="28"/>
        <source>could not open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="47"/>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="69"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="74"/>
        <source>the file has %1 rows; a setup holds at most %2 partners</source>
        <translation>le fichier a %1 lignes ; une configuration contient au plus %2 partenaires</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="89"/>
        <source>line %1: no &quot;code&quot; column in the header row</source>
        <translation>ligne %1 : pas de colonne &quot;code&quot; dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="103"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="109"/>
        <source>a value is %1 characters long; a value holds at most %2</source>
        <translation>une valeur fait %1 caractères ; une valeur en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="125"/>
        <source>%1 &quot;%2&quot; is not one of Alma&apos;s values (%3)</source>
        <translation>%1 « %2 » n&apos;est pas une des valeurs d&apos;Alma (%3)</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="135"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="144"/>
        <source>%1 &quot;%2&quot; is not yes or no</source>
        <translation>%1 « %2 » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="159"/>
        <source>the partner code is empty</source>
        <translation>le code partenaire est vide</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="161"/>
        <source>partner code &quot;%1&quot; already appears on line %2</source>
        <translation>le code partenaire &quot;%1&quot; figure déjà à la ligne %2</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsEditor</name>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="16"/>
        <source>(not set: Alma&apos;s value stays)</source>
        <translation>(non défini : la valeur d&apos;Alma reste)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="23"/>
        <source>Select a partner in the table to see and edit its other fields.</source>
        <translation>Sélectionnez un partenaire dans le tableau pour voir et modifier ses autres champs.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="24"/>
        <source>* Alma requires it of partners of this profile type (rest_partner.xsd).</source>
        <translation>* Alma l&apos;exige des partenaires de ce type de profil (rest_partner.xsd).</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="51"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="52"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="106"/>
        <source>Partner details</source>
        <translation>Détails du partenaire</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="107"/>
        <source>Partner %1: details for profile type %2</source>
        <translation>Partenaire %1 : détails pour le type de profil %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="107"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="121"/>
        <source>Alma requires this for %1 partners (%2).</source>
        <translation>Alma l&apos;exige pour les partenaires %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PartnerFields</name>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="67"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="69"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="71"/>
        <source>Profile type</source>
        <translation>Type de profil</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="74"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="77"/>
        <source>System type</source>
        <translation>Type de système</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="81"/>
        <source>Borrowing</source>
        <translation>Emprunt</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="84"/>
        <source>Borrowing workflow</source>
        <translation>Workflow d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="86"/>
        <source>Lending</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="89"/>
        <source>Lending workflow</source>
        <translation>Workflow de prêt</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="91"/>
        <source>Average supply time (days)</source>
        <translation>Délai moyen de fourniture (jours)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="94"/>
        <source>Delivery delay (days)</source>
        <translation>Délai de livraison (jours)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="96"/>
        <source>Locate profile</source>
        <translation>Profil Locate</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="98"/>
        <source>Institution code</source>
        <translation>Code d&apos;institution</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="100"/>
        <source>Holding code</source>
        <translation>Code holding</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="102"/>
        <source>Request expiry type</source>
        <translation>Type d&apos;expiration des demandes</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="106"/>
        <source>Expiry days</source>
        <translation>Expiration (jours)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="108"/>
        <source>ILL server</source>
        <translation>Serveur PEB</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="111"/>
        <source>ILL port</source>
        <translation>Port PEB</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="113"/>
        <source>ISO symbol</source>
        <translation>Symbole ISO</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="116"/>
        <source>Partner symbol</source>
        <translation>Symbole du partenaire</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="120"/>
        <source>Partner&apos;s institution symbol</source>
        <translation>Symbole d&apos;établissement du partenaire</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="122"/>
        <source>User identifier type</source>
        <translation>Type d&apos;identifiant utilisateur</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="127"/>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="131"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="134"/>
        <source>Send requester information</source>
        <translation>Envoyer les informations du demandeur</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="136"/>
        <source>Shared barcodes</source>
        <translation>Codes-barres partagés</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="184"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="185"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../app/itemmodels/PartnerTableModel.cpp" line="71"/>
        <source>Not set: a push leaves Alma&apos;s value as it is.</source>
        <translation>Non défini : un envoi laisse la valeur d&apos;Alma telle quelle.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="33"/>
        <source>Defaults for new partners</source>
        <translation>Valeurs par défaut des nouveaux partenaires</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="36"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="65"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="38"/>
        <source>&amp;Add partner</source>
        <translation>&amp;Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="39"/>
        <source>Re&amp;move partner</source>
        <translation>Suppri&amp;mer le partenaire</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="60"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/PartnersPage.cpp" line="68"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="75"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="86"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="92"/>
        <source>Import partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="75"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="87"/>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Rien n&apos;a été importé depuis %1 :
%2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="93"/>
        <source>%1 partner(s) added, %2 updated from %3.</source>
        <translation>%1 partenaire(s) ajouté(s), %2 mis à jour depuis %3.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="81"/>
        <source> — SANDBOX</source>
        <translation> — SANDBOX</translation>
    </message>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="109"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="231"/>
        <source>Appendix %1: %2</source>
        <translation>Annexe %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="236"/>
        <source>%1 rows: listed in appendix %2 at the end of this report.</source>
        <translation>%1 lignes : voir l&apos;annexe %2 à la fin de ce rapport.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Policy type</source>
        <translation>Type de politique</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="26"/>
        <source>Reads the institution&apos;s partners (all pages) and the resource sharing library&apos;s two temporary locations from Alma into FILE: a new setup, or an existing one whose ticks and other values stay. Alma&apos;s values replace the setup&apos;s where Alma has them; partners only in the setup are kept. Only reads: a read-only key is enough.</source>
        <translation>Lit dans Alma les partenaires de l&apos;institution (toutes les pages) et les deux localisations temporaires de la bibliothèque de prêt entre bibliothèques, et les reprend dans FILE : une nouvelle configuration, ou une configuration existante dont les coches et les autres valeurs sont conservées. Les valeurs d&apos;Alma remplacent celles de la configuration lorsque Alma les contient ; les partenaires présents uniquement dans la configuration sont conservés. Ne fait que lire : une clé en lecture seule suffit.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="39"/>
        <source>The resource sharing library&apos;s code, for its locations (default: the setup&apos;s section 1 code).</source>
        <translation>Le code de la bibliothèque de prêt entre bibliothèques, pour ses localisations (par défaut : le code de la section 1 de la configuration).</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="40"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="42"/>
        <source>Pull even when FILE was pulled from another Alma institution than the key opens.</source>
        <translation>Importer même si FILE a été importé d&apos;une autre institution Alma que celle qu&apos;ouvre la clé.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="44"/>
        <source>The setup file to write or bring up to date.</source>
        <translation>Le fichier de configuration à écrire ou à mettre à jour.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="49"/>
        <source>Usage: %1 pull FILE (--region R | --alma-url URL | --sandbox)</source>
        <translation>Utilisation : %1 pull FILE (--region R | --alma-url URL | --sandbox)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="127"/>
        <source>Nothing was pulled; %1 was not changed: %2</source>
        <translation>Rien n&apos;a été importé ; %1 n&apos;a pas été modifié : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="135"/>
        <source>Nothing was pulled; %1 was not changed: it was pulled from %2 before, and this key opens %3 (%4). Give --another-institution to pull anyway.</source>
        <translation>Rien n&apos;a été importé ; %1 n&apos;a pas été modifié : il a été importé de %2 auparavant, et cette clé ouvre %3 (%4). Indiquez --another-institution pour importer quand même.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="155"/>
        <source>Pulled from %1 into %2:</source>
        <translation>Importé depuis %1 dans %2 :</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="156"/>
        <source>  partners: %1 new, %2 updated, %3 unchanged; %4 only in the setup (kept)</source>
        <translation>  partenaires : %1 nouveau(x), %2 mis à jour, %3 inchangé(s) ; %4 uniquement dans la configuration (conservé(s))</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="163"/>
        <source>  locations: not read (no library code: give --library CODE)</source>
        <translation>  localisations : non lues (pas de code de bibliothèque : indiquez --library CODE)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="165"/>
        <source>  locations of %1: not read: %2</source>
        <translation>  localisations de %1 : non lues : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="167"/>
        <source>  locations of %1: none of the setup&apos;s location codes is in Alma yet</source>
        <translation>  localisations de %1 : aucun des codes de localisation de la configuration n&apos;existe encore dans Alma</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="170"/>
        <source>  locations of %1: %2 of the setup&apos;s found in Alma (%3)</source>
        <translation>  localisations de %1 : %2 de la configuration trouvée(s) dans Alma (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="176"/>
        <source>This was read from the built-in sandbox, not a real Alma.</source>
        <translation>Ces données viennent de la sandbox intégrée, et non d&apos;un véritable Alma.</translation>
    </message>
</context>
<context>
    <name>Reciprocity</name>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="75"/>
        <source>%1&apos;s record of %2 has the code %3 (found by its symbol %4)</source>
        <translation>la fiche partenaire de %2 chez %1 a le code %3 (trouvée par son symbole %4)</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="81"/>
        <source>%1 has no partner record of %2</source>
        <translation>%1 n&apos;a pas de fiche partenaire pour %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="82"/>
        <source>Add partner %1 (%2): %3.</source>
        <translation>Ajoutez le partenaire %1 (%2) : %3.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="87"/>
        <source>%1&apos;s record of %2 is inactive</source>
        <translation>la fiche partenaire de %2 chez %1 est inactive</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="88"/>
        <source>Set partner %1&apos;s %2 to ACTIVE.</source>
        <translation>Passez le champ « %2 » du partenaire %1 à ACTIVE.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="117"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="119"/>
        <source>%1&apos;s record of %2: %3 is %4; the roster says %5</source>
        <translation>fiche partenaire de %2 chez %1 : %3 vaut %4 ; la liste des membres indique %5</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="121"/>
        <source>Set partner %1&apos;s %2 to %3.</source>
        <translation>Passez le champ « %2 » du partenaire %1 à %3.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="178"/>
        <source>%1&apos;s rota template leaves out %2: no borrowing request goes to it</source>
        <translation>Le modèle de rota de %1 omet %2 : aucune demande d&apos;emprunt ne lui est envoyée</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="180"/>
        <source>Add %1 to the rota template (section 12) and to the partner lists of rules 8 and 14.</source>
        <translation>Ajoutez %1 au modèle de rota (section 12) et aux listes de partenaires des règles 8 et 14.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="205"/>
        <source>%1 was not read: %2</source>
        <translation>%1 n&apos;a pas été lu : %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="244"/>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="247"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="249"/>
        <source>one-sided</source>
        <translation>unilatéral</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="251"/>
        <source>code mismatch</source>
        <translation>code différent</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="252"/>
        <source>A record of the partner exists under another code (found by its symbol).</source>
        <translation>Une fiche partenaire existe sous un autre code (trouvée par son symbole).</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="253"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="255"/>
        <source>profile type mismatch</source>
        <translation>type de profil différent</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="257"/>
        <source>symbol mismatch</source>
        <translation>symbole différent</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="259"/>
        <source>borrowing or lending off</source>
        <translation>emprunt ou prêt désactivé</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="260"/>
        <source>The borrower&apos;s record of the lender has Borrowing set to No, the lender&apos;s record of the borrower has Lending set to No, or the borrower&apos;s rota template leaves the lender out.</source>
        <translation>La fiche du prêteur chez l&apos;emprunteur a « Emprunt » à Non, la fiche de l&apos;emprunteur chez le prêteur a « Prêt » à Non, ou le modèle de rota de l&apos;emprunteur omet le prêteur.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="263"/>
        <source>terms differ</source>
        <translation>conditions différentes</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="265"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="267"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="245"/>
        <source>A member&apos;s partners could not be read (no setup file, no key, or its Alma failed).</source>
        <translation>Les partenaires d&apos;un membre n&apos;ont pas pu être lus (pas de fichier de configuration, pas de clé, ou échec de son Alma).</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="77"/>
        <source>Add partner %1 (%2): %3; put %1 in place of %4 in the rota template and in the partner lists of rules 8 and 14; then set partner %4 inactive (Alma cannot change a partner&apos;s code).</source>
        <translation>Ajoutez le partenaire %1 (%2) : %3 ; remplacez %4 par %1 dans le modèle de rota et dans les listes de partenaires des règles 8 et 14 ; puis rendez le partenaire %4 inactif (Alma ne peut pas modifier le code d&apos;un partenaire).</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="248"/>
        <source>Neither member has a partner record of the other.</source>
        <translation>Aucun des deux membres n&apos;a de fiche partenaire pour l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="250"/>
        <source>Only one of the two has a partner record of the other.</source>
        <translation>Un seul des deux a une fiche partenaire pour l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="254"/>
        <source>A record is inactive.</source>
        <translation>Une fiche est inactive.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="256"/>
        <source>A record&apos;s profile type is not the roster&apos;s.</source>
        <translation>Le type de profil d&apos;une fiche diffère de celui de la liste des membres.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="258"/>
        <source>A record&apos;s symbol is not the roster&apos;s.</source>
        <translation>Le symbole d&apos;une fiche diffère de celui de la liste des membres.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="264"/>
        <source>A workflow profile or the expiry time is not what the consortium agreed.</source>
        <translation>Un profil de workflow ou le délai d&apos;expiration ne correspond pas à ce que le consortium a convenu.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="266"/>
        <source>Both records exist and agree with the roster and its terms.</source>
        <translation>Les deux fiches existent et concordent avec la liste des membres et ses conditions.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="268"/>
        <source>The row&apos;s member does not borrow, or the column&apos;s member does not lend.</source>
        <translation>Le membre de la ligne n&apos;emprunte pas, ou celui de la colonne ne prête pas.</translation>
    </message>
</context>
<context>
    <name>ReciprocityMatrixModel</name>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="41"/>
        <source>%1 borrowing (row)</source>
        <translation>%1 emprunte (ligne)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="42"/>
        <source>%1 lending (column)</source>
        <translation>%1 prête (colonne)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="49"/>
        <source>%1: the same member</source>
        <translation>%1 : le même membre</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="51"/>
        <source>%1 borrowing from %2: %3.</source>
        <translation>%1 emprunte à %2 : %3.</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="57"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="65"/>
        <source>cannot create the lock file %1 (%2)</source>
        <translation>impossible de créer le fichier de verrouillage %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="67"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="68"/>
        <source>it is in use</source>
        <translation>il est en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="157"/>
        <source>the recovery copy is damaged and cannot be restored</source>
        <translation>la copie de récupération est endommagée et ne peut pas être restaurée</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="44"/>
        <location filename="../app/report/ReportBuilder.cpp" line="49"/>
        <location filename="../app/report/ReportBuilder.cpp" line="55"/>
        <location filename="../app/report/ReportBuilder.cpp" line="254"/>
        <location filename="../app/report/ReportBuilder.cpp" line="261"/>
        <location filename="../app/report/ReportBuilder.cpp" line="307"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="40"/>
        <location filename="../app/report/ReportBuilder.cpp" line="100"/>
        <location filename="../app/report/ReportBuilder.cpp" line="117"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="40"/>
        <location filename="../app/report/ReportBuilder.cpp" line="100"/>
        <location filename="../app/report/ReportBuilder.cpp" line="117"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="66"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="71"/>
        <source>none (matches every request)</source>
        <translation>aucun (correspond à toutes les demandes)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="97"/>
        <location filename="../app/report/ReportBuilder.cpp" line="259"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="100"/>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="101"/>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>Input parameters</source>
        <translation>Paramètres d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="103"/>
        <source>Output parameters</source>
        <translation>Paramètres de sortie</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="104"/>
        <source>Place in Alma&apos;s list</source>
        <translation>Position dans la liste d&apos;Alma</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="104"/>
        <source>row %1 of %2</source>
        <translation>ligne %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="107"/>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="116"/>
        <source>%1 (new)</source>
        <translation>%1 (nouvelle)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="229"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="229"/>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="245"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="248"/>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="63"/>
        <source>%1 (suggested name)</source>
        <translation>%1 (nom suggéré)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="102"/>
        <location filename="../app/report/ReportBuilder.cpp" line="183"/>
        <location filename="../app/report/ReportBuilder.cpp" line="275"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggestion)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="171"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="174"/>
        <source>Last push or verify: %1 (%2); verify pending</source>
        <translation>Dernier envoi ou vérification : %1 (%2) ; vérification en attente</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="175"/>
        <source>Last push or verify: %1 (%2)</source>
        <translation>Dernier envoi ou vérification : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="200"/>
        <source>Temporary borrowing location</source>
        <translation>Localisation temporaire d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="200"/>
        <source>Temporary lending location</source>
        <translation>Localisation temporaire de prêt</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="235"/>
        <source>%1 (unconfirmed: check your Other Settings table)</source>
        <translation>%1 (non confirmé : vérifiez votre table Other Settings)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="291"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <location filename="../app/report/ReportBuilder.cpp" line="324"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="307"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="323"/>
        <source>Open problems</source>
        <translation>Problèmes ouverts</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="324"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="324"/>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="334"/>
        <source>… and %n more: each section lists its own.</source>
        <translation>
            <numerusform>… et %n autre : chaque section liste les siens.</numerusform>
            <numerusform>… et %n autres : chaque section liste les siens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="336"/>
        <source>Open problems: none.</source>
        <translation>Problèmes ouverts : aucun.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="354"/>
        <source>… (%1 characters in all; the setup file holds the whole text)</source>
        <translation>… (%1 caractères en tout ; le fichier de configuration contient le texte entier)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="387"/>
        <source>Peer-to-peer resource sharing setup</source>
        <translation>Configuration du PEB pair à pair</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="390"/>
        <source>(institution not named)</source>
        <translation>(institution non renseignée)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="394"/>
        <source>SANDBOX — results in this report come from a sandbox, not from production Alma</source>
        <translation>SANDBOX — les résultats de ce rapport proviennent d&apos;une sandbox, pas de l&apos;Alma de production</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="400"/>
        <location filename="../app/report/ReportBuilder.cpp" line="504"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="403"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="404"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="405"/>
        <source>Setup file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="406"/>
        <source>(not saved)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="407"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="408"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="409"/>
        <location filename="../app/report/ReportBuilder.cpp" line="484"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="410"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="411"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="412"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="420"/>
        <source>Values marked (suggested) are this program&apos;s suggestions where neither the staff guide nor Ex Libris gives one: your institution may use its own.</source>
        <translation>Les valeurs marquées (suggestion) sont des suggestions de ce programme là où ni le guide ni Ex Libris n&apos;en donnent : votre établissement peut utiliser les siennes.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="431"/>
        <source>Where in Alma: %1 (%2)</source>
        <translation>Où dans Alma : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="435"/>
        <source>Not needed: %1</source>
        <translation>Non nécessaire : %1</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="436"/>
        <source>(no reason given)</source>
        <translation>(aucune raison indiquée)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="442"/>
        <source>Steps in Alma</source>
        <translation>Étapes dans Alma</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="450"/>
        <source>done by %1, %2</source>
        <translation>fait par %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="451"/>
        <source>done by %1, %2. Note: %3</source>
        <translation>fait par %1, %2. Note : %3</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="452"/>
        <source>to do: %1 (%2)</source>
        <translation>à faire : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="457"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="463"/>
        <source>In Alma (last push or verify)</source>
        <translation>Dans Alma (dernier envoi ou dernière vérification)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="470"/>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="497"/>
        <source>… and %1 more like the above.</source>
        <translation>… et %1 autre(s) du même type.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="498"/>
        <source>alma-p2p-wizard check lists them all.</source>
        <translation>alma-p2p-wizard check les liste tous.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="504"/>
        <source>Reviewed by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="504"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../app/report/ReportExporter.cpp" line="51"/>
        <source>the report format is taken from the file name: use .pdf, .html or .md</source>
        <translation>le format du rapport est déduit du nom du fichier : utilisez .pdf, .html ou .md</translation>
    </message>
</context>
<context>
    <name>ResourceSharingLibraryPage</name>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="22"/>
        <source>⚠ Warning: with the stand-alone library, every item you receive or return goes through a transit step between it and your main library.</source>
        <translation>⚠ Attention : avec la bibliothèque autonome, chaque document que vous recevez ou retournez passe par une étape de transit entre celle-ci et votre bibliothèque principale.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="30"/>
        <source>Library and Resource Sharing Information</source>
        <translation>Informations bibliothèque et PEB (Library and Resource Sharing Information)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="37"/>
        <source>Borrowing Information</source>
        <translation>Informations emprunt (Borrowing Information)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="45"/>
        <source>Lending Information</source>
        <translation>Informations prêt (Lending Information)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="49"/>
        <source>Locate By Fields</source>
        <translation>Champs de recherche (Locate By Fields)</translation>
    </message>
</context>
<context>
    <name>RosterCsvReader</name>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="64"/>
        <source>the file has %1 members; a consortium holds at most %2</source>
        <translation>le fichier contient %1 membres ; un consortium en compte au plus %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="106"/>
        <source>line %1: profile type %2 has no symbol; leave &quot;symbol&quot; empty</source>
        <translation>ligne %1 : le type de profil %2 n&apos;a pas de symbole ; laissez &quot;symbol&quot; vide</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="123"/>
        <source>line %1: &quot;%2&quot; is not yes or no</source>
        <translation>ligne %1 : « %2 » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="142"/>
        <source>line %1: member %2 has no profile type</source>
        <translation>ligne %1 : le membre %2 n&apos;a pas de type de profil</translation>
    </message>
</context>
<context>
    <name>RosterFile</name>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="30"/>
        <source>this is not an alma-p2p-wizard consortium file (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas un fichier de consortium alma-p2p-wizard (il manque &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="34"/>
        <source>expected the format version, a whole number</source>
        <translation>version de format attendue, un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="38"/>
        <source>this file was written by a newer version of alma-p2p-wizard (consortium format %1); this version reads format %2. Nothing was read or changed.</source>
        <translation>ce fichier a été écrit par une version plus récente d&apos;alma-p2p-wizard (format de consortium %1) ; cette version lit le format %2. Rien n&apos;a été lu ni modifié.</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="43"/>
        <source>%1 is not a consortium format version</source>
        <translation>%1 n&apos;est pas une version de format de consortium</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="49"/>
        <source>&quot;%1&quot; is not a member this version knows; check its spelling</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ connu de cette version ; vérifiez son orthographe</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="108"/>
        <source>a member needs its &quot;record&quot; (code, name, profile type, symbol)</source>
        <translation>un membre doit avoir son &quot;record&quot; (code, nom, type de profil, symbole)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="115"/>
        <source>the file holds %1, not a consortium (a JSON object)</source>
        <translation>le fichier contient %1, et non un consortium (un objet JSON)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="130"/>
        <source>the list has %1 members; a consortium file holds at most %2</source>
        <translation>la liste a %1 membres ; un fichier de consortium en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="186"/>
        <source>the agreed expiry time must be at least 1 day</source>
        <translation>le délai d&apos;expiration convenu doit être d&apos;au moins 1 jour</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="193"/>
        <source>member %1 has no code</source>
        <translation>le membre %1 n&apos;a pas de code</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="195"/>
        <source>the code &quot;%1&quot; starts or ends with a space</source>
        <translation>le code « %1 » commence ou se termine par une espace</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="200"/>
        <source>the codes %1 and %2 are too alike: each member needs a code of its own (told apart only by case or punctuation, they would name the same file and key variable)</source>
        <translation>les codes %1 et %2 sont trop proches : chaque membre doit avoir son propre code (distingués seulement par la casse ou la ponctuation, ils désignent le même fichier et la même variable de clé)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="206"/>
        <source>member %1 has no profile type</source>
        <translation>le membre %1 n&apos;a pas de type de profil</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="223"/>
        <source>the file could not be read (%1)</source>
        <translation>le fichier n&apos;a pas pu être lu (%1)</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="37"/>
        <source>Profile type</source>
        <translation>Type de profil</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="39"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="41"/>
        <source>Alma institution</source>
        <translation>Institution Alma</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="43"/>
        <source>Region or address</source>
        <translation>Région ou adresse</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="45"/>
        <source>Lends</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="47"/>
        <source>Borrows</source>
        <translation>Emprunte</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="49"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="51"/>
        <source>Borrowing location</source>
        <translation>Localisation d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="53"/>
        <source>Lending location</source>
        <translation>Localisation de prêt</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="83"/>
        <source>Partners of profile type %1 have no symbol.</source>
        <translation>Les partenaires du type de profil %1 n&apos;ont pas de symbole.</translation>
    </message>
</context>
<context>
    <name>RotaAssignmentRulePage</name>
    <message>
        <location filename="../wizard_pages/RotaAssignmentRulePage.cpp" line="20"/>
        <source>Rota assignment rule</source>
        <translation>Règle d&apos;attribution de rota</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RotaAssignmentRulePage.cpp" line="21"/>
        <source>Use the rota template of section 12</source>
        <translation>Utiliser le modèle de rota de la section 12</translation>
    </message>
</context>
<context>
    <name>RotaTemplatePage</name>
    <message>
        <location filename="../wizard_pages/RotaTemplatePage.cpp" line="22"/>
        <source>Select &amp;all partners</source>
        <translation>Sélectionner &amp;tous les partenaires</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RotaTemplatePage.cpp" line="25"/>
        <source>Rota template</source>
        <translation>Modèle de rota</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="37"/>
        <source>Temporary item creation rule</source>
        <translation>Règle de création d&apos;exemplaires temporaires</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="45"/>
        <source>Loan rule</source>
        <translation>Règle Prêt (Loan)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="49"/>
        <source>Lending Resource Sharing rule</source>
        <translation>Règle PEB prêteur (Lending Resource Sharing)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="54"/>
        <source>Borrowing Resource Sharing rule</source>
        <translation>Règle PEB emprunteur (Borrowing Resource Sharing)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="60"/>
        <source>Rota assignment rule</source>
        <translation>Règle d&apos;attribution de rota</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="71"/>
        <source>Sending borrowing request rule</source>
        <translation>Règle d&apos;envoi des demandes d&apos;emprunt</translation>
    </message>
</context>
<context>
    <name>RuleConditionTableModel</name>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="24"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="24"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="24"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="48"/>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
</context>
<context>
    <name>RuleCsvReader</name>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="27"/>
        <source>the text has %1 rows; a list holds at most %2 rules</source>
        <translation>le texte a %1 lignes ; une liste contient au plus %2 règles</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="60"/>
        <source>line %1: a value is longer than %2 characters</source>
        <translation>ligne %1 : une valeur dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="66"/>
        <source>line %1: the rule has no name</source>
        <translation>ligne %1 : la règle n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="74"/>
        <source>line %1: “%2” is not yes or no</source>
        <translation>ligne %1 : “%2” n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="80"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="87"/>
        <source>there are no rules in the text</source>
        <translation>le texte ne contient aucune règle</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="38"/>
        <source>Input parameters of %1</source>
        <translation>Paramètres d&apos;entrée – %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="40"/>
        <source>Add &amp;input</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="54"/>
        <source>Outputs of %1</source>
        <translation>Sorties – %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="56"/>
        <source>Add ou&amp;tput</source>
        <translation>A&amp;jouter une sortie</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="29"/>
        <source>Rule enable&amp;d</source>
        <translation>Règle act&amp;ivée</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="41"/>
        <source>Remo&amp;ve input</source>
        <translation>S&amp;upprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="57"/>
        <source>&amp;Remove output</source>
        <translation>Suppri&amp;mer la sortie</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="64"/>
        <source>Rule na&amp;me:</source>
        <translation>Nom &amp;de la règle :</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="74"/>
        <source>The inputs a preset gives this rule are suggested: %1.</source>
        <translation>Les entrées qu&apos;un modèle donne à cette règle sont des suggestions : %1.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="85"/>
        <source>Input parameters (all must match; none matches every request):</source>
        <translation>Paramètres d&apos;entrée (tous doivent correspondre ; sans paramètre, la règle correspond à toutes les demandes) :</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="89"/>
        <source>Output parameters:</source>
        <translation>Paramètres de sortie :</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="95"/>
        <source>&lt;b&gt;Where it goes in Alma&apos;s list&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sa position dans la liste d&apos;Alma&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RuleListTableModel</name>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="35"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="35"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="36"/>
        <source>Input parameters (e.g. User Group InList STAFF, FACULTY; Location = MAIN)</source>
        <translation>Paramètres d&apos;entrée (par ex. User Group InList STAFF, FACULTY; Location = MAIN)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="68"/>
        <source>%1 (the new rule)</source>
        <translation>%1 (la nouvelle règle)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="72"/>
        <source>The rule this setup adds; edit it above. Move it to where it goes in Alma&apos;s list.</source>
        <translation>La règle ajoutée par cette configuration ; modifiez-la ci-dessus. Placez-la à sa position dans la liste d&apos;Alma.</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="80"/>
        <source>(none: matches every request)</source>
        <translation>(aucun : correspond à toutes les demandes)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="135"/>
        <source>Existing rule %1</source>
        <translation>Règle existante %1</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="147"/>
        <source>The new rule cannot be removed from the list; move it instead.</source>
        <translation>La nouvelle règle ne peut pas être retirée de la liste ; déplacez-la plutôt.</translation>
    </message>
</context>
<context>
    <name>RuleMatchSet</name>
    <message numerus="yes">
        <location filename="../app/checks/RuleMatchSet.cpp" line="65"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/RuleMatchSet.cpp" line="213"/>
        <location filename="../app/checks/RuleMatchSet.cpp" line="269"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/checks/RuleMatchSet.cpp" line="275"/>
        <source>any value</source>
        <translation>n&apos;importe quelle valeur</translation>
    </message>
    <message>
        <location filename="../app/checks/RuleMatchSet.cpp" line="276"/>
        <source>any value except %1</source>
        <translation>toute valeur sauf %1</translation>
    </message>
</context>
<context>
    <name>RuleOperators</name>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="82"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="84"/>
        <source>Not =</source>
        <translation>Not =</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="85"/>
        <source>InList</source>
        <translation>InList</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="86"/>
        <source>NotInList</source>
        <translation>NotInList</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="87"/>
        <source>Is Empty</source>
        <translation>Is Empty</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="88"/>
        <source>Is Not Empty</source>
        <translation>Is Not Empty</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../app/model/RuleText.cpp" line="101"/>
        <source>a quote (&quot;) is not closed: %1</source>
        <translation>un guillemet (&quot;) n&apos;est pas fermé : %1</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="121"/>
        <source>after the quoted value “%1” comes “%2”; put a comma between values</source>
        <translation>après la valeur entre guillemets « %1 » vient « %2 » ; mettez une virgule entre les valeurs</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="181"/>
        <source>a value holding “;” needs quotes: &quot;%1&quot;</source>
        <translation>une valeur contenant « ; » doit être entre guillemets : &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="241"/>
        <source>after “%1” comes no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</source>
        <translation>après « %1 » ne vient aucun opérateur (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="249"/>
        <source>“%1” has no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</source>
        <translation>“%1” n&apos;a pas d&apos;opérateur (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="253"/>
        <source>“%1” names no parameter before the operator</source>
        <translation>“%1” ne nomme aucun paramètre avant l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="263"/>
        <source>“%1” takes no value, but “%2” follows it</source>
        <translation>« %1 » ne prend pas de valeur, mais « %2 » le suit</translation>
    </message>
</context>
<context>
    <name>SectionCatalog</name>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="18"/>
        <source>Configuration &gt; Fulfillment &gt; Library Management &gt; Library Details</source>
        <translation>Configuration &gt; Fulfillment &gt; Library Management &gt; Library Details</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="20"/>
        <source>Configuration &gt; Fulfillment &gt; Locations &gt; Physical Locations</source>
        <translation>Configuration &gt; Fulfillment &gt; Locations &gt; Physical Locations</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="22"/>
        <source>Configuration &gt; Fulfillment &gt; General &gt; Fulfillment Jobs Configuration</source>
        <translation>Configuration &gt; Fulfillment &gt; General &gt; Fulfillment Jobs Configuration</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="24"/>
        <source>Configuration &gt; Fulfillment &gt; General &gt; Other Settings</source>
        <translation>Configuration &gt; Fulfillment &gt; General &gt; Other Settings</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="26"/>
        <source>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Workflow Profiles</source>
        <translation>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Workflow Profiles</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="27"/>
        <source>Fulfillment &gt; Resource Sharing &gt; Partners</source>
        <translation>Fulfillment &gt; Resource Sharing &gt; Partners</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="29"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Item Policy</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Item Policy</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="30"/>
        <source>Configuration &gt; Fulfillment &gt; Library Management &gt; Temporary Item Creation Rules</source>
        <translation>Configuration &gt; Fulfillment &gt; Library Management &gt; Temporary Item Creation Rules</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="32"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Advanced Policy Configuration</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Advanced Policy Configuration</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="34"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Terms of Use and Policies</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Terms of Use and Policies</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="38"/>
        <source>Fulfillment &gt; Resource Sharing &gt; Rota Templates</source>
        <translation>Fulfillment &gt; Resource Sharing &gt; Rota Templates</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="40"/>
        <source>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Rota Assignment Rules</source>
        <translation>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Rota Assignment Rules</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="41"/>
        <source>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Sending Borrowing Request Rules</source>
        <translation>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Sending Borrowing Request Rules</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="46"/>
        <source>Resource Sharing Library</source>
        <translation>Bibliothèque PEB</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="47"/>
        <source>The resource sharing library houses the temporary borrowing and lending locations. Using your main library avoids a transit step on every receive and return; the stand-alone library Ex Libris created adds one.</source>
        <translation>La bibliothèque PEB héberge les localisations temporaires d&apos;emprunt et de prêt. Utiliser votre bibliothèque principale évite une étape de transit à chaque réception et à chaque retour ; la bibliothèque autonome créée par Ex Libris en ajoute une.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="54"/>
        <source>Select the resource sharing library from the Configuring dropdown and open Library Details.</source>
        <translation>Sélectionnez la bibliothèque PEB dans la liste déroulante Configuring et ouvrez Library Details.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="58"/>
        <source>In Resource Sharing Information, check Is Resource Sharing Library and enter your OCLC symbol in the Symbol field.</source>
        <translation>Dans Resource Sharing Information, cochez Is Resource Sharing Library et saisissez votre symbole OCLC dans le champ Symbol.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="63"/>
        <source>In Borrowing Information, check Cancel Request on Locate Failure and Automatically Activate Locate Profile, then select the default location (temporary borrowing location) and the default pickup location.</source>
        <translation>Dans Borrowing Information, cochez Cancel Request on Locate Failure et Automatically Activate Locate Profile, puis sélectionnez la localisation par défaut, Default Location (la localisation temporaire d&apos;emprunt), et le lieu de retrait par défaut, Default Pickup Location.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="69"/>
        <source>In Lending Information, check the six lending boxes and select the temporary lending location as the default location.</source>
        <translation>Dans Lending Information, cochez les six cases de prêt et sélectionnez la localisation temporaire de prêt comme localisation par défaut (Default Location).</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="74"/>
        <source>Check Locate By Fields, click No, and check the locate-by fields chosen below.</source>
        <translation>Cochez Locate By Fields, cliquez sur No, puis cochez les champs de recherche choisis ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="77"/>
        <location filename="../app/model/SectionCatalog.cpp" line="194"/>
        <source>Click Save.</source>
        <translation>Cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="81"/>
        <source>Temporary Resource Sharing Locations</source>
        <translation>Localisations PEB temporaires</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="82"/>
        <source>Temporary item records for items you borrow are housed in the temporary borrowing location; items you lend are moved to the temporary lending location while they are away.</source>
        <translation>Les notices d&apos;exemplaires temporaires des documents que vous empruntez sont rattachées à la localisation temporaire d&apos;emprunt ; les documents que vous prêtez sont déplacés dans la localisation temporaire de prêt pendant leur absence.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="88"/>
        <source>Select the resource sharing library from the Configuring dropdown and open Physical Locations.</source>
        <translation>Sélectionnez la bibliothèque PEB dans la liste déroulante Configuring et ouvrez Physical Locations.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="93"/>
        <source>Add Location: the temporary borrowing location, with the values below.</source>
        <translation>Add Location : la localisation temporaire d&apos;emprunt, avec les valeurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="96"/>
        <source>Open the existing temporary borrowing location and check it has the values below.</source>
        <translation>Ouvrez le lieu temporaire d&apos;emprunt existant et vérifiez qu&apos;il a les valeurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="99"/>
        <source>Add Location: the temporary lending location, with the values below.</source>
        <translation>Add Location : la localisation temporaire de prêt, avec les valeurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="102"/>
        <source>Open the existing temporary lending location and check it has the values below.</source>
        <translation>Ouvrez le lieu temporaire de prêt existant et vérifiez qu&apos;il a les valeurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="105"/>
        <source>Attach the resource sharing library&apos;s circulation desk to the borrowing location with Check In, Check Out and Reshelve checked, then Save.</source>
        <translation>Rattachez le bureau de prêt de la bibliothèque PEB à la localisation d&apos;emprunt en cochant Check In, Check Out et Reshelve, puis cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="110"/>
        <source>Attach the same circulation desk to the lending location with Check In, Check Out and Reshelve checked, then Save.</source>
        <translation>Rattachez le même bureau de prêt à la localisation de prêt en cochant Check In, Check Out et Reshelve, puis cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="115"/>
        <source>Resource Sharing Jobs</source>
        <translation>Tâches PEB</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="116"/>
        <source>Without the Expired Resource Sharing Requests job, requests never move on to the next lender when a partner does not fill them within its expiry days. Requests expire at the next run after that, not at exactly that many days.</source>
        <translation>Sans la tâche Expired Resource Sharing Requests, les demandes ne passent jamais au prêteur suivant lorsqu&apos;un partenaire n&apos;y répond pas dans son délai d&apos;expiration. Les demandes expirent à la première exécution de la tâche après ce délai, et non exactement au bout de ce nombre de jours.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="123"/>
        <source>Switch the Expired Resource Sharing Requests job to Active, select the schedule below, and click Save.</source>
        <translation>Passez la tâche Expired Resource Sharing Requests à Active, sélectionnez la planification ci-dessous et cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="129"/>
        <source>Other Resource Sharing Settings</source>
        <translation>Autres paramètres PEB</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="37"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Fulfillment Units</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Fulfillment Units</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="130"/>
        <source>The guide sets two parameters here, to the code of your resource sharing library and to the code of your temporary borrowing location: where Alma creates the temporary items of borrowed books. The guide&apos;s table of their names was lost; only the library parameter&apos;s name is confirmed.</source>
        <translation>Le guide règle ici deux paramètres, sur le code de votre bibliothèque de prêt entre bibliothèques et sur le code de votre lieu temporaire d&apos;emprunt : là où Alma crée les exemplaires temporaires des livres empruntés. La table du guide avec leurs noms a été perdue ; seul le nom du paramètre de bibliothèque est confirmé.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="137"/>
        <source>Open Other Settings (the fulfillment customer parameters).</source>
        <translation>Ouvrez Other Settings (les paramètres client des services aux usagers).</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="140"/>
        <source>Set each parameter below to its value and click Save.</source>
        <translation>Donnez à chaque paramètre ci-dessous sa valeur et cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="143"/>
        <source>Workflow Profiles</source>
        <translation>Profils de workflow</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="144"/>
        <source>Workflow profiles decide which steps a resource sharing request goes through. Partners refer to them, so create them before editing the partners.</source>
        <translation>Les profils de workflow déterminent les étapes par lesquelles passe une demande de PEB. Les partenaires y font référence : créez-les donc avant de modifier les partenaires.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="150"/>
        <source>Add Workflow Profile: the borrowing profile, Type Borrowing, with the steps checked below; Add and Close.</source>
        <translation>Add Workflow Profile : le profil d&apos;emprunt, Type Borrowing, avec les étapes cochées ci-dessous ; Add and Close.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="155"/>
        <source>Add Workflow Profile: the lending profile, Type Lending, with the steps checked below; Add and Close.</source>
        <translation>Add Workflow Profile : le profil de prêt, Type Lending, avec les étapes cochées ci-dessous ; Add and Close.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="160"/>
        <source>Resource Sharing Partners</source>
        <translation>Partenaires PEB</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="161"/>
        <source>Partners let Alma institutions send resource sharing requests to each other. Each partner needs your workflow profiles and an expiry time.</source>
        <translation>Les partenaires permettent aux institutions Alma de s&apos;envoyer des demandes de PEB. Chaque partenaire a besoin de vos profils de workflow et d&apos;un délai d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="167"/>
        <source>On the Community tab, search by Name for each partner, click the ellipsis and Copy.</source>
        <translation>Dans l&apos;onglet Community, recherchez chaque partenaire par Name, cliquez sur les points de suspension (…) puis sur Copy.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="171"/>
        <source>On the Institution tab, Edit each partner and select the borrowing and lending workflow profiles.</source>
        <translation>Dans l&apos;onglet Institution, modifiez chaque partenaire (Edit) et sélectionnez les profils de workflow d&apos;emprunt et de prêt.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="176"/>
        <source>On the Parameters tab, set Expiry Time (Days) and click Save.</source>
        <translation>Dans l&apos;onglet Parameters, renseignez Expiry Time (Days) et cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="180"/>
        <source>Item Policy</source>
        <translation>Politique d&apos;exemplaire</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="181"/>
        <source>This item policy is added to the temporary records Alma creates for the items you borrow, so they get the right terms of use.</source>
        <translation>Cette politique d&apos;exemplaire est attribuée aux notices temporaires qu&apos;Alma crée pour les documents que vous empruntez, afin qu&apos;elles reçoivent les bonnes conditions d&apos;utilisation.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="187"/>
        <source>Select the resource sharing library from the Configuring dropdown and open Item Policy.</source>
        <translation>Sélectionnez la bibliothèque PEB dans la liste déroulante Configuring et ouvrez Item Policy.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="191"/>
        <source>Click Add Row, enter the code and description below, and click Add Row.</source>
        <translation>Cliquez sur Add Row, saisissez le code et la description ci-dessous, puis cliquez sur Add Row.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="197"/>
        <source>Temporary Item Creation Rule</source>
        <translation>Règle de création d&apos;exemplaires temporaires</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="198"/>
        <source>This rule gives the temporary records of borrowed items your item policy and the temporary borrowing location. Without it, borrowed items get the wrong terms of use and due dates.</source>
        <translation>Cette règle donne aux notices temporaires des documents empruntés votre politique d&apos;exemplaire et la localisation temporaire d&apos;emprunt. Sans elle, les documents empruntés reçoivent de mauvaises conditions d&apos;utilisation et de mauvaises dates de retour.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="204"/>
        <source>Select the resource sharing library from the Configuring dropdown, open Temporary Item Creation Rules and click Add Rule.</source>
        <translation>Sélectionnez la bibliothèque PEB dans la liste déroulante Configuring, ouvrez Temporary Item Creation Rules et cliquez sur Add Rule.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="209"/>
        <source>Set the input Resource Sharing Partner InList your partners, and the outputs below.</source>
        <translation>Définissez l&apos;entrée Resource Sharing Partner avec l&apos;opérateur InList et vos partenaires, ainsi que les sorties ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="213"/>
        <source>Move the rule to the top of the Temporary Item Creation Rules list.</source>
        <translation>Placez la règle en tête de la liste Temporary Item Creation Rules.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="218"/>
        <source>Fulfillment Policies</source>
        <translation>Politiques de services aux usagers</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="219"/>
        <source>The loan and lending terms of use are built from these policies. Agree the values with your lending partners; policies you already have can be reused.</source>
        <translation>Les conditions d&apos;utilisation de prêt (Loan) et de PEB prêteur (Lending Resource Sharing) sont construites à partir de ces politiques. Convenez des valeurs avec vos partenaires prêteurs ; les politiques que vous avez déjà peuvent être réutilisées.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="225"/>
        <source>Agree the policy values (loan period, renewals, due date …) with your partners.</source>
        <translation>Convenez des valeurs des politiques (durée de prêt, renouvellements, date de retour …) avec vos partenaires.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="229"/>
        <source>Click Add Fulfillment Policy for each policy below, configure it and click Save.</source>
        <translation>Cliquez sur Add Fulfillment Policy pour chaque politique ci-dessous, configurez-la et cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="233"/>
        <source>Terms of Use</source>
        <translation>Conditions d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="234"/>
        <source>The terms of use set the loan and renewal periods for items you borrow and lend, and decide which user groups may place borrowing requests in Primo.</source>
        <translation>Les conditions d&apos;utilisation fixent les durées de prêt et de renouvellement des documents que vous empruntez et prêtez, et déterminent quels groupes d&apos;usagers peuvent faire des demandes d&apos;emprunt dans Primo.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="240"/>
        <source>Add a Terms of Use of type Loan with the policies below, and Save.</source>
        <translation>Ajoutez des conditions d&apos;utilisation (Terms of Use) de type Loan avec les politiques ci-dessous, puis cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="244"/>
        <source>Add a Terms of Use of type Lending Resource Sharing with the policies below, and Save.</source>
        <translation>Ajoutez des conditions d&apos;utilisation (Terms of Use) de type Lending Resource Sharing avec les politiques ci-dessous, puis cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="248"/>
        <source>Add a Terms of Use of type Borrowing Resource Sharing with the policies below, and Save.</source>
        <translation>Ajoutez des conditions d&apos;utilisation (Terms of Use) de type Borrowing Resource Sharing avec les politiques ci-dessous, puis cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="253"/>
        <source>Fulfillment Unit Rules</source>
        <translation>Règles des unités de services aux usagers</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="254"/>
        <source>These rules assign your new terms of use to the items you borrow and lend. Alma uses the first rule that matches, so each new rule must stand above any rule that could match the same items or users.</source>
        <translation>Ces règles attribuent vos nouvelles conditions d&apos;utilisation aux documents que vous empruntez et prêtez. Alma utilise la première règle qui correspond : chaque nouvelle règle doit donc se trouver au-dessus de toute règle susceptible de correspondre aux mêmes exemplaires ou aux mêmes usagers.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="260"/>
        <source>Edit the resource sharing fulfillment unit, Fulfillment Unit Rules tab, Rule Type Loan: add the Loan rule below.</source>
        <translation>Modifiez l&apos;unité de services aux usagers (Fulfillment Unit) du PEB, onglet Fulfillment Unit Rules ; sous Rule Type « Loan », ajoutez la règle Prêt (Loan) ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="265"/>
        <source>Move the Loan rule above any other Loan rule that could match the same items.</source>
        <translation>Placez la règle Prêt (Loan) au-dessus de toute autre règle Loan susceptible de correspondre aux mêmes exemplaires.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="269"/>
        <source>Rule Type Lending Resource Sharing: add the lending rule below.</source>
        <translation>Sous Rule Type « Lending Resource Sharing », ajoutez la règle PEB prêteur ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="273"/>
        <source>Move the lending rule above any other Lending Resource Sharing rule that could match the same items.</source>
        <translation>Placez la règle PEB prêteur au-dessus de toute autre règle Lending Resource Sharing susceptible de correspondre aux mêmes exemplaires.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="278"/>
        <source>Rule Type Borrowing Resource Sharing: add the borrowing rule below with the user groups allowed to request.</source>
        <translation>Sous Rule Type « Borrowing Resource Sharing », ajoutez la règle PEB emprunteur ci-dessous avec les groupes d&apos;usagers autorisés à faire des demandes.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="284"/>
        <source>Move the borrowing rule above any other Borrowing Resource Sharing rule that could stop these users from requesting.</source>
        <translation>Placez la règle PEB emprunteur au-dessus de toute autre règle Borrowing Resource Sharing qui pourrait empêcher ces usagers de faire des demandes.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="289"/>
        <source>Rota Template</source>
        <translation>Modèle de rota</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="290"/>
        <source>The rota template decides which peer-to-peer libraries are added to your request rotas. It is done from the main Alma page, not from Configuration.</source>
        <translation>Le modèle de rota détermine quelles bibliothèques pair à pair sont ajoutées aux rotas de vos demandes. Il se crée depuis la page principale d&apos;Alma, et non depuis Configuration.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="296"/>
        <source>Click Add Template, fill in the values below and click Save and Add Members.</source>
        <translation>Cliquez sur Add Template, saisissez les valeurs ci-dessous et cliquez sur Save and Add Members.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="300"/>
        <source>Click Add Partners, select the members below and click Save.</source>
        <translation>Cliquez sur Add Partners, sélectionnez les membres ci-dessous et cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="304"/>
        <source>Rota Assignment Rule</source>
        <translation>Règle d&apos;attribution de rota</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="305"/>
        <source>The rota assignment rule determines where your peer-to-peer libraries are positioned in your request rotas. Alma uses the first rule that matches, so the guide puts it at the top of the list.</source>
        <translation>La règle d&apos;attribution de rotation détermine la place de vos bibliothèques pair à pair dans vos rotations de demandes. Alma utilise la première règle qui correspond, le guide la place donc en tête de liste.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="311"/>
        <location filename="../app/model/SectionCatalog.cpp" line="326"/>
        <source>Click Add Rule, configure it as agreed with your partners and click Save.</source>
        <translation>Cliquez sur Add Rule, configurez la règle comme convenu avec vos partenaires et cliquez sur Save.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="315"/>
        <source>Move the rule to the top of the Rota Assignment Rules list.</source>
        <translation>Placez la règle en tête de la liste Rota Assignment Rules.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="319"/>
        <source>Sending Borrowing Request Rule</source>
        <translation>Règle d&apos;envoi des demandes d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="320"/>
        <source>This rule sends borrowing requests to your peer-to-peer partners automatically; without one, requests wait in Ready to be sent. Your existing rules may already do this.</source>
        <translation>Cette règle envoie automatiquement les demandes d&apos;emprunt à vos partenaires pair à pair ; sans elle, les demandes restent au statut « Ready to be sent ». Vos règles existantes le font peut-être déjà.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="422"/>
        <source>Institution level</source>
        <translation>Niveau institution</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="424"/>
        <source>Configuring: the resource sharing library</source>
        <translation>Configuring : bibliothèque PEB</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="426"/>
        <source>Main Alma page (not Configuration)</source>
        <translation>Page principale d&apos;Alma (pas Configuration)</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="39"/>
        <source>&lt;b&gt;Where:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Où :&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="235"/>
        <source>Not needed?</source>
        <translation>Non nécessaire ?</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="236"/>
        <source>This section is not nee&amp;ded for our setup</source>
        <translation>Cette section n&apos;est pas nécessaire pour notre confi&amp;guration</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="240"/>
        <source>Why, for whoever reads the report</source>
        <translation>Pourquoi ? (sera lu dans le rapport)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="241"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Raison :</translation>
    </message>
</context>
<context>
    <name>SectionProgressList</name>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="48"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="52"/>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="60"/>
        <source>&amp;Sections</source>
        <translation>Se&amp;ctions</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SectionProgressList.cpp" line="91"/>
        <source>%1 of %n section(s) done · %2% of the steps</source>
        <translation>
            <numerusform>%1 sur %n section terminée · %2 % des étapes</numerusform>
            <numerusform>%1 sur %n sections terminées · %2 % des étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionStatusModel</name>
    <message numerus="yes">
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="90"/>
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 sur %n étape</numerusform>
            <numerusform>%1 sur %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="97"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="99"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="55"/>
        <source>Not needed: %1</source>
        <translation>Non nécessaire : %1</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="56"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="109"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="111"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="113"/>
        <source>Checklist</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="115"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="117"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>SendingBorrowingRequestRulePage</name>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="23"/>
        <source>Alma&apos;s default is not to send requests automatically: they wait in Ready to be sent. If your existing rules already send requests to these partners, mark this section not needed and say why.</source>
        <translation>Par défaut, Alma n&apos;envoie pas les demandes automatiquement : elles restent au statut « Ready to be sent ». Si vos règles existantes envoient déjà les demandes à ces partenaires, marquez cette section comme non nécessaire et expliquez pourquoi.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="28"/>
        <source>Sending borrowing request rule</source>
        <translation>Règle d&apos;envoi des demandes d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="29"/>
        <source>Use all partners</source>
        <translation>Utiliser tous les partenaires</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="31"/>
        <source>Sets the input Resource Sharing Partner InList to every partner of section 6.</source>
        <translation>Règle l&apos;entrée Resource Sharing Partner InList sur tous les partenaires de la section 6.</translation>
    </message>
</context>
<context>
    <name>SetupDocument</name>
    <message>
        <location filename="../app/file/SetupDocument.cpp" line="36"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="24"/>
        <source>The file on disk was not changed.</source>
        <translation>Le fichier sur le disque n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="46"/>
        <source>This is a folder: choose a file name inside it.</source>
        <translation>C&apos;est un dossier : choisissez un nom de fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="49"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="54"/>
        <source>The setup could not be saved here: %1. The folder may be read-only; choose another place with Save As.</source>
        <translation>La configuration n&apos;a pas pu être enregistrée ici : %1. Le dossier est peut-être en lecture seule ; choisissez un autre emplacement avec Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="62"/>
        <source>The setup could not be saved: %1.</source>
        <translation>La configuration n&apos;a pas pu être enregistrée : %1.</translation>
    </message>
</context>
<context>
    <name>SetupFileFormat</name>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="44"/>
        <source>the file holds %1, not a setup (a JSON object)</source>
        <translation>le fichier contient %1, et non une configuration (un objet JSON)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="49"/>
        <source>the file has no &quot;%1&quot; part; it may be cut short or edited by hand</source>
        <translation>le fichier n&apos;a pas de partie &quot;%1&quot; ; il a peut-être été tronqué ou modifié à la main</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="83"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="85"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="85"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="89"/>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="94"/>
        <source>the text &quot;%1&quot;</source>
        <translation>le texte &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="97"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="99"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="101"/>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="222"/>
        <source>the file holds binary data, not JSON text</source>
        <translation>le fichier contient des données binaires, et non du texte JSON</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="94"/>
        <source>this is not an alma-p2p-wizard setup file (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas un fichier de configuration alma-p2p-wizard (il manque &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="98"/>
        <source>the file does not say which format version it uses</source>
        <translation>le fichier n&apos;indique pas quelle version de format il utilise</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="146"/>
        <location filename="../app/file/SetupFileFormat.cpp" line="100"/>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé : %1</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="104"/>
        <source>this file was written by a newer version of alma-p2p-wizard (setup format %1); this version reads format %2. Open it with a newer version of the program; nothing was read or changed.</source>
        <translation>ce fichier a été écrit par une version plus récente d&apos;alma-p2p-wizard (format de configuration %1) ; cette version lit le format %2. Ouvrez-le avec une version plus récente du programme ; rien n&apos;a été lu ni modifié.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="109"/>
        <source>%1 is not a setup format version</source>
        <translation>%1 n&apos;est pas une version de format de configuration</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="108"/>
        <source>expected an object ({ … }), found %1</source>
        <translation>objet attendu ({ … }), trouvé : %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="115"/>
        <source>expected a list ([ … ]), found %1</source>
        <translation>liste attendue ([ … ]), trouvé : %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="118"/>
        <source>the list has %1 items; a setup holds at most %2 in one list</source>
        <translation>la liste a %1 éléments ; une configuration en contient au plus %2 par liste</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="126"/>
        <source>expected text, found %1</source>
        <translation>texte attendu, trouvé : %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="130"/>
        <source>the text is %1 characters long; a value holds at most %2</source>
        <translation>le texte fait %1 caractères ; une valeur en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="139"/>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé : %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="151"/>
        <location filename="../app/file/JsonValueReader.cpp" line="237"/>
        <source>the number %1 is too large</source>
        <translation>le nombre %1 est trop grand</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="169"/>
        <source>expected a date and time such as 2026-11-29T14:05:00Z, found &quot;%1&quot;</source>
        <translation>date et heure attendues, par exemple 2026-11-29T14:05:00Z ; trouvé : &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="171"/>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>&quot;%1&quot; ne fait pas partie des choix possibles (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="193"/>
        <source>&quot;%1&quot; is not one of Alma&apos;s values (%2)</source>
        <translation>« %1 » n&apos;est pas une des valeurs d&apos;Alma (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="208"/>
        <source>a partner needs a &quot;code&quot;</source>
        <translation>un partenaire doit avoir un &quot;code&quot;</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="246"/>
        <source>two rules are marked &quot;new&quot;: true; only the rule the setup adds may be</source>
        <translation>deux règles sont marquées &quot;new&quot;: true ; seule la règle ajoutée par la configuration peut l&apos;être</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="260"/>
        <source>no rule in this list is marked &quot;new&quot;: true (the rule the setup adds)</source>
        <translation>aucune règle de cette liste n&apos;est marquée &quot;new&quot;: true (la règle ajoutée par la configuration)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="342"/>
        <source>&quot;%1&quot; is not a rule operator (%2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un opérateur de règle (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="355"/>
        <source>there are %1 Alma results; a setup holds at most %2</source>
        <translation>il y a %1 résultats Alma ; une configuration en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="360"/>
        <source>an item key is %1 bytes long; a value holds at most %2</source>
        <translation>une clé d&apos;élément fait %1 octets ; une valeur en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="372"/>
        <source>&quot;%1&quot; is not a result the wizard knows</source>
        <translation>&quot;%1&quot; n&apos;est pas un résultat connu de l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="388"/>
        <source>the Alma result has no &quot;outcome&quot;</source>
        <translation>il manque &quot;outcome&quot; dans le résultat Alma</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="66"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="467"/>
        <source>the file could not be read (%1)</source>
        <translation>le fichier n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="219"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="227"/>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation>les listes et les objets sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="235"/>
        <source>the file ends too early; it may have been cut short</source>
        <translation>le fichier se termine trop tôt ; il a peut-être été tronqué</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="239"/>
        <source>this is not valid JSON (%1)</source>
        <translation>ce n&apos;est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="241"/>
        <source>this is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="142"/>
        <source>Edit %1</source>
        <translation>la modification du champ %1</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="149"/>
        <source>Apply preset</source>
        <translation>l&apos;application du préréglage</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="182"/>
        <source>Add %n partner(s)</source>
        <translation>
            <numerusform>l&apos;ajout de %n partenaire</numerusform>
            <numerusform>l&apos;ajout de %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="193"/>
        <source>Edit partner %1</source>
        <translation>la modification du partenaire %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="201"/>
        <source>Remove %n partner(s)</source>
        <translation>
            <numerusform>la suppression de %n partenaire</numerusform>
            <numerusform>la suppression de %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="227"/>
        <source>Import partners</source>
        <translation>l&apos;import des partenaires</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="235"/>
        <source>Edit other settings</source>
        <translation>la modification des autres paramètres</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="252"/>
        <source>Edit fulfillment policies</source>
        <translation>la modification des politiques de services aux usagers</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="260"/>
        <source>Edit rule %1</source>
        <translation>la modification de la règle %1</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="269"/>
        <source>Edit existing rules</source>
        <translation>la modification des règles existantes</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="292"/>
        <source>Tick step</source>
        <translation>la coche de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="292"/>
        <source>Untick step</source>
        <translation>le retrait de la coche de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="309"/>
        <source>Edit tick</source>
        <translation>Modifier la coche</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="324"/>
        <source>Record Alma results</source>
        <translation>l&apos;enregistrement des résultats d&apos;Alma</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="343"/>
        <source>Mark section not needed</source>
        <translation>le marquage de la section comme non nécessaire</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="343"/>
        <source>Mark section needed</source>
        <translation>le marquage de la section comme nécessaire</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="376"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="378"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="380"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="382"/>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="446"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="453"/>
        <source>%1 of %n section(s) done or not needed</source>
        <translation>
            <numerusform>%1 sur %n section terminée ou non nécessaire</numerusform>
            <numerusform>%1 sur %n sections terminées ou non nécessaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="454"/>
        <source>; %1 of %n step(s) ticked (%2%)</source>
        <translation>
            <numerusform> ; %1 sur %n étape cochée (%2 %)</numerusform>
            <numerusform> ; %1 sur %n étapes cochées (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTableModel</name>
    <message>
        <location filename="../app/itemmodels/SetupTableModel.cpp" line="101"/>
        <source>Typed in this setup: not a name the guide or Ex Libris gives. Check it in Alma.</source>
        <translation>Saisi dans cette configuration : ce n&apos;est pas un nom donné par le guide ou par Ex Libris. Vérifiez-le dans Alma.</translation>
    </message>
</context>
<context>
    <name>SetupValidator</name>
    <message numerus="yes">
        <location filename="../app/checks/SetupValidator.cpp" line="28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="112"/>
        <source>the Alma sandbox</source>
        <translation>la sandbox Alma</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="112"/>
        <source>Alma</source>
        <translation>Alma</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="115"/>
        <source>%1 could not be written to %2: %3</source>
        <translation>Impossible d&apos;écrire %1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="116"/>
        <source>Correct it here or in Alma, then push again; only what is left is sent.</source>
        <translation>Corrigez le problème ici ou dans Alma, puis relancez l&apos;envoi ; seul ce qui reste à faire est envoyé.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="119"/>
        <source>%1 in %2 differs from this setup: %3</source>
        <translation>%1 dans %2 diffère de cette configuration : %3</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="120"/>
        <source>Change it in Alma (or push it), or change the setup, then verify again.</source>
        <translation>Modifiez l&apos;élément dans Alma (ou envoyez-le), ou modifiez la configuration, puis relancez la vérification.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="129"/>
        <source>%1 is empty.</source>
        <translation>Champ « %1 » vide.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="130"/>
        <source>Enter it as it is (or will be) in Alma.</source>
        <translation>Saisissez la valeur telle qu&apos;elle est (ou sera) dans Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="141"/>
        <source>%1 &quot;%2&quot; has %3 characters; Alma location codes have at most 10.</source>
        <translation>%1 &quot;%2&quot; compte %3 caractères ; les codes de localisation Alma en comptent 10 au maximum.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="144"/>
        <source>Shorten the code to 10 characters or fewer.</source>
        <translation>Raccourcissez le code à 10 caractères maximum.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="147"/>
        <source>%1 &quot;%2&quot; contains a comma, which Alma does not allow in location codes.</source>
        <translation>%1 &quot;%2&quot; contient une virgule, ce qu&apos;Alma n&apos;autorise pas dans les codes de localisation.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="148"/>
        <source>Remove the comma from the code.</source>
        <translation>Supprimez la virgule du code.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="159"/>
        <source>%1 is empty; it should be %2 &quot;%3&quot;.</source>
        <translation>Champ « %1 » vide ; valeur attendue : %2 « %3 ».</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="160"/>
        <location filename="../app/checks/SetupValidator.cpp" line="296"/>
        <source>Set %1 to &quot;%2&quot;.</source>
        <translation>Réglez %1 sur &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="163"/>
        <location filename="../app/checks/SetupValidator.cpp" line="295"/>
        <source>%1 is &quot;%2&quot;, but %3 is &quot;%4&quot;.</source>
        <translation>%1 vaut &quot;%2&quot;, mais pour %3 la valeur est &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="164"/>
        <source>Set %1 to &quot;%2&quot; (or change %3).</source>
        <translation>Réglez %1 sur &quot;%2&quot; (ou modifiez %3).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="178"/>
        <location filename="../app/checks/SetupValidator.cpp" line="581"/>
        <source>(unnamed rule)</source>
        <translation>(règle sans nom)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="201"/>
        <source>Rule &quot;%1&quot; has no %2 output; it should be %3 &quot;%4&quot;.</source>
        <translation>La règle &quot;%1&quot; n&apos;a pas de sortie %2 ; valeur attendue : %3 &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="203"/>
        <source>Add the output %1 = &quot;%2&quot;.</source>
        <translation>Ajoutez la sortie %1 = &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="206"/>
        <source>Rule &quot;%1&quot; sets %2 to &quot;%3&quot;, but %4 is &quot;%5&quot;.</source>
        <translation>La règle &quot;%1&quot; donne à %2 la valeur &quot;%3&quot;, mais pour %4 la valeur est &quot;%5&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="208"/>
        <source>Set the output %1 to &quot;%2&quot;.</source>
        <translation>Réglez la sortie %1 sur &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="218"/>
        <source>A stand-alone resource sharing library adds a transit step to every receive and return.</source>
        <translation>Une bibliothèque PEB autonome ajoute une étape de transit à chaque réception et à chaque retour.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="219"/>
        <source>Use the main library as the resource sharing library unless you need the separate one.</source>
        <translation>Utilisez la bibliothèque principale comme bibliothèque PEB, sauf si vous avez besoin d&apos;une bibliothèque distincte.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="229"/>
        <source>the temporary borrowing location (section 2)</source>
        <translation>la localisation temporaire d&apos;emprunt (section 2)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="231"/>
        <source>the temporary lending location (section 2)</source>
        <translation>la localisation temporaire de prêt (section 2)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="247"/>
        <source>The borrowing and lending locations have the same code &quot;%1&quot;.</source>
        <translation>Les localisations d&apos;emprunt et de prêt ont le même code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="248"/>
        <source>Give each temporary location its own code (WRLC uses CLSBORR and CLSLEND).</source>
        <translation>Donnez un code distinct à chaque localisation temporaire (WRLC utilise CLSBORR et CLSLEND).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="257"/>
        <source>The Expired Resource Sharing Requests job is not active: requests will never move on to the next lender.</source>
        <translation>La tâche « Expired Resource Sharing Requests » n&apos;est pas active : les demandes ne passeront jamais au prêteur suivant.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="259"/>
        <source>Activate the job, every day at 02:00.</source>
        <translation>Activez la tâche, tous les jours à 02:00.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="272"/>
        <source>The parameter %1 is listed twice.</source>
        <translation>Le paramètre %1 figure deux fois.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="272"/>
        <source>Keep one row for %1.</source>
        <translation>Gardez une seule ligne pour %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="224"/>
        <source>The OCLC symbol &quot;%1&quot; does not look like one: symbols are short codes of capital letters and digits (this program&apos;s reading of OCLC&apos;s symbols, not the guide&apos;s).</source>
        <translation>Le symbole OCLC « %1 » ne ressemble pas à un symbole : ce sont des codes courts de majuscules et de chiffres (lecture des symboles OCLC par ce programme, pas par le guide).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="227"/>
        <source>Check the symbol in the OCLC directory.</source>
        <translation>Vérifiez le symbole dans l&apos;annuaire OCLC.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="284"/>
        <source> This parameter&apos;s name is unconfirmed: check your Other Settings table.</source>
        <translation> Le nom de ce paramètre n&apos;est pas confirmé : vérifiez votre table Other Settings.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="290"/>
        <source>The parameter %1 is not in the list.</source>
        <translation>Le paramètre %1 ne figure pas dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="291"/>
        <source>Add the row %1 with %2.</source>
        <translation>Ajoutez la ligne %1 avec %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="292"/>
        <source>Add the row %1 = &quot;%2&quot;.</source>
        <translation>Ajoutez la ligne %1 = &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="310"/>
        <source>The borrowing and lending profiles have the same code &quot;%1&quot;.</source>
        <translation>Les profils d&apos;emprunt et de prêt ont le même code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="311"/>
        <source>Give each workflow profile its own code.</source>
        <translation>Donnez un code distinct à chaque profil de workflow.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="319"/>
        <source>The default expiry time must be a positive number of days.</source>
        <translation>Le délai d&apos;expiration par défaut doit être un nombre de jours positif.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="320"/>
        <source>Use 4 days, as SUNY and FLVC do.</source>
        <translation>Utilisez 4 jours, comme SUNY et FLVC.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="322"/>
        <source>No partners are listed yet.</source>
        <translation>Aucun partenaire n&apos;est encore listé.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="323"/>
        <source>Add your peer-to-peer partners, or import them from a CSV file.</source>
        <translation>Ajoutez vos partenaires pair à pair ou importez-les depuis un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="330"/>
        <source>borrowing</source>
        <translation>d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="331"/>
        <source>lending</source>
        <translation>de prêt</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="338"/>
        <source>The partner in row %1</source>
        <translation>Le partenaire de la ligne %1</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="338"/>
        <source>Partner %1</source>
        <translation>Le partenaire %1</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="341"/>
        <source>%1 has no code.</source>
        <translation>%1 n&apos;a pas de code.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="342"/>
        <source>Enter the partner&apos;s code as in Alma.</source>
        <translation>Saisissez le code du partenaire tel qu&apos;il est dans Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="345"/>
        <source>Partner code %1 is listed more than once.</source>
        <translation>Le code partenaire %1 figure plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="346"/>
        <source>Remove the extra row; partner codes are unique in Alma.</source>
        <translation>Supprimez la ligne en trop ; les codes partenaires sont uniques dans Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="351"/>
        <source>%1 has expiry time %2; it must be a positive number of days.</source>
        <translation>%1 a un délai d&apos;expiration de %2 ; ce doit être un nombre de jours positif.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="352"/>
        <source>Set the expiry time (e.g. 4 days).</source>
        <translation>Définissez le délai d&apos;expiration (par ex. 4 jours).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="360"/>
        <source>%1 has no %2 workflow.</source>
        <translation>%1 n&apos;a pas de workflow %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="361"/>
        <source>Choose the %1 profile %2.</source>
        <translation>Choisissez le profil %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="364"/>
        <source>%1 uses the %2 workflow &quot;%3&quot;, not the peer-to-peer profile &quot;%4&quot; of section 5.</source>
        <translation>%1 utilise le workflow %2 &quot;%3&quot;, et non le profil pair à pair &quot;%4&quot; de la section 5.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="366"/>
        <source>Choose %1 unless this partner needs a different workflow.</source>
        <translation>Choisissez %1, sauf si ce partenaire a besoin d&apos;un autre workflow.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="408"/>
        <source>Rule &quot;%1&quot; has no input %2, so it would give every temporary item the peer-to-peer policy.</source>
        <translation>La règle &quot;%1&quot; n&apos;a pas d&apos;entrée %2 : elle donnerait la politique pair à pair à tous les exemplaires temporaires.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="410"/>
        <source>Add the input %1 InList your partners (&quot;Use all partners&quot;).</source>
        <translation>Ajoutez l&apos;entrée %1 avec l&apos;opérateur InList et vos partenaires (&quot;Utiliser tous les partenaires&quot;).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="420"/>
        <source>Rule &quot;%1&quot; lists partners that are not in section 6: %2.</source>
        <translation>La règle &quot;%1&quot; cite des partenaires absents de la section 6 : %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="422"/>
        <source>Add them to the partners, or remove them from the rule.</source>
        <translation>Ajoutez-les aux partenaires ou retirez-les de la règle.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="439"/>
        <source>Items borrowed from %1 will not get the peer-to-peer item policy: they are not in rule &quot;%2&quot;.</source>
        <translation>Les exemplaires empruntés à %1 ne recevront pas la politique d&apos;exemplaire pair à pair : ces partenaires ne figurent pas dans la règle &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="441"/>
        <source>Add them to the rule&apos;s partner list (&quot;Use all partners&quot;).</source>
        <translation>Ajoutez-les à la liste des partenaires de la règle (&quot;Utiliser tous les partenaires&quot;).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="443"/>
        <source>the item policy of section 7</source>
        <translation>la politique d&apos;exemplaire de la section 7</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="445"/>
        <source>the temporary borrowing location</source>
        <translation>la localisation temporaire d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="455"/>
        <source>A policy has no name.</source>
        <translation>Une politique n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="456"/>
        <source>A &quot;%1&quot; policy has no name.</source>
        <translation>Une politique &quot;%1&quot; n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="457"/>
        <source>Name the policy as in Alma.</source>
        <translation>Nommez la politique comme dans Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="461"/>
        <source>The &quot;%1&quot; policy &quot;%2&quot; is listed twice.</source>
        <translation>La politique &quot;%2&quot; de type &quot;%1&quot; figure deux fois.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="462"/>
        <source>Keep one of them.</source>
        <translation>Gardez-en une seule.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="479"/>
        <source>the Loan TOU</source>
        <translation>les conditions d&apos;utilisation de type Loan</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="480"/>
        <source>the Lending Resource Sharing TOU</source>
        <translation>les conditions d&apos;utilisation de type Lending Resource Sharing</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="481"/>
        <source>the Borrowing Resource Sharing TOU</source>
        <translation>les conditions d&apos;utilisation de type Borrowing Resource Sharing</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="489"/>
        <source>%1 has no policies; the guide selects the relevant policies for each TOU.</source>
        <translation>%1 n&apos;a aucune politique ; le guide sélectionne les politiques pertinentes pour chaque TOU.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="490"/>
        <source>Choose its policies from those of section 9.</source>
        <translation>Choisissez ses politiques parmi celles de la section 9.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="498"/>
        <source>%1 names policies that are not defined in section 9: %2.</source>
        <translation>%1 citent des politiques non définies dans la section 9 : %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="499"/>
        <source>Define them in section 9, or choose defined ones.</source>
        <translation>Définissez-les dans la section 9 ou choisissez des politiques définies.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="506"/>
        <source>%1 and %2 have the same name, &quot;%3&quot;.</source>
        <translation>%1 et %2 ont le même nom, &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="507"/>
        <source>Give each TOU its own name.</source>
        <translation>Donnez un nom distinct à chaque jeu de conditions d&apos;utilisation.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="524"/>
        <source>The Loan rule &quot;%1&quot; has no input %2.</source>
        <translation>La règle de prêt (Loan) &quot;%1&quot; n&apos;a pas d&apos;entrée %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="525"/>
        <source>Add the input %1 = %2.</source>
        <translation>Ajoutez l&apos;entrée %1 = %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="528"/>
        <source>The Loan rule &quot;%1&quot; tests &quot;%2&quot;, which does not accept the item policy of section 7, &quot;%3&quot;.</source>
        <translation>La règle de prêt (Loan) &quot;%1&quot; teste &quot;%2&quot;, qui n&apos;accepte pas la politique d&apos;exemplaire de la section 7, &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="530"/>
        <source>Set the input %1 = %2.</source>
        <translation>Définissez l&apos;entrée %1 = %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="533"/>
        <source>the Loan TOU of section 10</source>
        <translation>les conditions d&apos;utilisation de type Loan de la section 10</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="535"/>
        <source>the Lending Resource Sharing TOU of section 10</source>
        <translation>les conditions d&apos;utilisation de type Lending Resource Sharing de la section 10</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="537"/>
        <source>the Borrowing Resource Sharing TOU of section 10</source>
        <translation>les conditions d&apos;utilisation de type Borrowing Resource Sharing de la section 10</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="548"/>
        <source>The rota template has no members, so requests have no lender to go to.</source>
        <translation>Le modèle de rota n&apos;a aucun membre : les demandes n&apos;ont aucun prêteur à qui être envoyées.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="549"/>
        <source>Add your peer-to-peer partners as members.</source>
        <translation>Ajoutez vos partenaires pair à pair comme membres.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="560"/>
        <source>The rota lists members that are not partners in section 6: %1.</source>
        <translation>Le rota contient des membres qui ne sont pas des partenaires de la section 6 : %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="561"/>
        <source>Add them as partners, or remove them from the rota.</source>
        <translation>Ajoutez-les comme partenaires ou retirez-les du rota.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="567"/>
        <source>the rota template of section 12</source>
        <translation>le modèle de rota de la section 12</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="585"/>
        <source>The new rule &quot;%1&quot; is disabled, so Alma skips it.</source>
        <translation>La nouvelle règle &quot;%1&quot; est désactivée : Alma l&apos;ignore.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="586"/>
        <source>Enable it when it should take effect.</source>
        <translation>Activez-la quand elle doit prendre effet.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="592"/>
        <source>The conditions of rule &quot;%1&quot; contradict each other, so it matches no request.</source>
        <translation>Les conditions de la règle &quot;%1&quot; se contredisent : elle ne correspond à aucune demande.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="593"/>
        <source>Check the values of conditions that test the same parameter.</source>
        <translation>Vérifiez les valeurs des conditions qui testent le même paramètre.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="609"/>
        <source>every request the new rule matches</source>
        <translation>toutes les demandes auxquelles la nouvelle règle correspond</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="611"/>
        <source>requests with %1</source>
        <translation>des demandes avec %1</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="613"/>
        <source>some of the same requests (it tests other parameters than the new rule)</source>
        <translation>une partie des mêmes demandes (elle teste d&apos;autres paramètres que la nouvelle règle)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="616"/>
        <source>Rule &quot;%1&quot; (row %2) is above the new rule &quot;%3&quot; and also matches %4. Alma uses the first rule that matches, so &quot;%1&quot; wins there.</source>
        <translation>La règle &quot;%1&quot; (ligne %2) est au-dessus de la nouvelle règle &quot;%3&quot; et correspond aussi à %4. Alma utilise la première règle qui correspond : &quot;%1&quot; l&apos;emporte donc pour ces demandes.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="621"/>
        <source>Move &quot;%1&quot; to the top of the list.</source>
        <translation>Placez &quot;%1&quot; en tête de liste.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="622"/>
        <source>Move &quot;%1&quot; above &quot;%2&quot;.</source>
        <translation>Placez &quot;%1&quot; au-dessus de &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="625"/>
        <source>The guide says rule &quot;%1&quot; must be at the top of the list, but &quot;%2&quot; (row %3) is above it.</source>
        <translation>Selon le guide, la règle &quot;%1&quot; doit être en tête de liste, mais &quot;%2&quot; (ligne %3) est au-dessus.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="628"/>
        <source>Move &quot;%1&quot; to the top.</source>
        <translation>Placez &quot;%1&quot; en tête.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="636"/>
        <source>The new rule &quot;%1&quot; matches every request that &quot;%2&quot; (row %3, below it) matches, so Alma will no longer use &quot;%2&quot; for any request.</source>
        <translation>La nouvelle règle &quot;%1&quot; correspond à toutes les demandes auxquelles &quot;%2&quot; (ligne %3, en dessous) correspond : Alma n&apos;utilisera plus &quot;%2&quot; pour aucune demande.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="640"/>
        <source>Narrow the new rule&apos;s conditions, or check that &quot;%1&quot; is no longer needed.</source>
        <translation>Restreignez les conditions de la nouvelle règle, ou vérifiez que &quot;%1&quot; n&apos;est plus nécessaire.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="59"/>
        <location filename="../app/gui/SetupWizard.cpp" line="40"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="41"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="47"/>
        <source>Save the setup (%1)</source>
        <translation>Enregistrer la configuration (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="163"/>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="58"/>
        <location filename="../app/gui/SetupWizard.cpp" line="163"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/model/Source.cpp" line="16"/>
        <source>From the staff guide.</source>
        <translation>Tiré du guide du personnel.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="16"/>
        <source>From the staff guide: %1</source>
        <translation>Tiré du guide du personnel : %1</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="18"/>
        <source>From Ex Libris&apos; documentation.</source>
        <translation>Tiré de la documentation d&apos;Ex Libris.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="19"/>
        <source>From Ex Libris: %1</source>
        <translation>D&apos;Ex Libris : %1</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="21"/>
        <source>From a public source.</source>
        <translation>D&apos;une source publique.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="21"/>
        <source>From a public source: %1</source>
        <translation>D&apos;une source publique : %1</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="26"/>
        <source>Suggested by this program: no public source gives it. Use your institution&apos;s own value.</source>
        <translation>Suggestion de ce programme : aucune source publique ne la donne. Utilisez la valeur de votre établissement.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="27"/>
        <source>Suggested by this program (%1). Use your institution&apos;s own value.</source>
        <translation>Suggestion de ce programme (%1). Utilisez la valeur de votre établissement.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="24"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="73"/>
        <source>Sections (double-click one, or press Enter on it, to go there):</source>
        <translation>Sections (double-cliquez sur l&apos;une d&apos;elles ou appuyez sur Entrée pour y aller) :</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="78"/>
        <source>Sections and their status</source>
        <translation>Sections et leur statut</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="95"/>
        <source>Go &amp;to section</source>
        <translation>&amp;Aller à la section</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="129"/>
        <source>&amp;Checks: %1, %2 (double-click one, or press Enter on it, to go to what it concerns).</source>
        <translation>&amp;Vérifications : %1, %2 (double-cliquez sur l&apos;une d&apos;elles ou appuyez sur Entrée pour aller à l&apos;élément concerné).</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="98"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="48"/>
        <source>Checks: errors, warnings and notes</source>
        <translation>Vérifications : erreurs, avertissements et remarques</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="128"/>
        <source>&amp;Checks: no errors or warnings.</source>
        <translation>&amp;Vérifications : aucune erreur ni aucun avertissement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/SummaryPage.cpp" line="130"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/SummaryPage.cpp" line="130"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="16"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="17"/>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="30"/>
        <source>Adds a row (Insert key in the table)</source>
        <translation>Ajoute une ligne (touche Inser dans le tableau)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="31"/>
        <source>Removes the selected rows (Delete key in the table)</source>
        <translation>Supprime les lignes sélectionnées (touche Suppr dans le tableau)</translation>
    </message>
</context>
<context>
    <name>TemporaryItemCreationRulePage</name>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="20"/>
        <source>Temporary item creation rule</source>
        <translation>Règle de création d&apos;exemplaires temporaires</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="21"/>
        <source>Use &amp;all partners of section 6</source>
        <translation>Utiliser &amp;tous les partenaires de la section 6</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="23"/>
        <source>Fill &amp;outputs from sections 2 and 7</source>
        <translation>Remplir automati&amp;quement les sorties (sections 2 et 7)</translation>
    </message>
</context>
<context>
    <name>TemporaryLocationsPage</name>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="31"/>
        <source>Temporary borrowing location</source>
        <translation>Localisation temporaire d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="32"/>
        <source>Temporary lending location</source>
        <translation>Localisation temporaire de prêt</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="38"/>
        <source>Circulation desk to attach to both locations</source>
        <translation>Bureau de prêt à rattacher aux deux localisations</translation>
    </message>
</context>
<context>
    <name>TermsOfUsePage</name>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="20"/>
        <source>The policies to choose from are those entered in section 9.</source>
        <translation>Les politiques proposées sont celles saisies dans la section 9.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Loan</source>
        <translation>Prêt (Loan)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Lending Resource Sharing</source>
        <translation>PEB prêteur (Lending Resource Sharing)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Borrowing Resource Sharing</source>
        <translation>PEB emprunteur (Borrowing Resource Sharing)</translation>
    </message>
</context>
<context>
    <name>TickDetailsDialog</name>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="19"/>
        <source>Edit Tick</source>
        <translation>Modifier la coche</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="27"/>
        <source>For the report, e.g. who helped or what differed</source>
        <translation>Pour le rapport, p. ex. qui a aidé ou ce qui différait</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="30"/>
        <source>&amp;Done in Alma on:</source>
        <translation>&amp;Fait dans Alma le :</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="32"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>WorkflowProfilesPage</name>
    <message>
        <location filename="../wizard_pages/WorkflowProfilesPage.cpp" line="29"/>
        <source>Borrowing profile</source>
        <translation>Profil d&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../wizard_pages/WorkflowProfilesPage.cpp" line="30"/>
        <source>Lending profile</source>
        <translation>Profil de prêt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.

Commands:
  [FILE]                  open the wizard, resuming the setup saved in FILE
</source>
        <translation>Guide le personnel du PEB dans la configuration du prêt entre bibliothèques pair à pair dans une Institution Zone Alma.

Commandes :
  [FILE]                  ouvre l&apos;assistant et reprend la configuration de FILE
</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>
Run alma-p2p-wizard COMMAND --help for a command&apos;s options.
Exit status: 0 done, 1 failed, 2 bad command line or unreadable file.</source>
        <translation>
Lancez alma-p2p-wizard COMMAND --help pour voir les options d&apos;une commande.
Code de sortie : 0 terminé, 1 échec, 2 ligne de commande incorrecte ou fichier illisible.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>Show the first page, wait until it is painted, and exit (smoke tests, start-up benchmark).</source>
        <translation>Affiche la première page, attend qu&apos;elle soit dessinée, puis quitte (tests de fumée, mesure du démarrage).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="130"/>
        <source>A setup file to resume, or a consortium file (.consortium.json) to open.</source>
        <translation>Un fichier de configuration à reprendre, ou un fichier de consortium (.consortium.json) à ouvrir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="147"/>
        <source>Opened consortium %1: %n member(s).</source>
        <translation>
            <numerusform>Consortium %1 ouvert : %n membre.</numerusform>
            <numerusform>Consortium %1 ouvert : %n membres.</numerusform>
        </translation>
    </message>
</context>
</TS>
