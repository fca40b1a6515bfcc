<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="86" />
        <source>McpScope</source>
        <translation>McpScope</translation>
    </message>
</context>
<context>
    <name>mcpscope</name>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="321" />
        <source>… %1 more bytes not shown
</source>
        <translation>… %1 weitere Bytes nicht angezeigt
</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="342" />
        <source>The body starts with a UTF-8 byte order mark; strict JSON parsers reject it. Remove the BOM on the server.</source>
        <translation>Der Body beginnt mit einer UTF-8-Bytereihenfolgemarke; strenge JSON-Parser lehnen das ab. Entfernen Sie die BOM auf dem Server.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="347" />
        <source>The Content-Type says JSON but the body does not parse: %1.</source>
        <translation>Der Content-Type gibt JSON an, aber der Body lässt sich nicht parsen: %1.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="353" />
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �.</source>
        <translation>Ungültiges UTF-8 bei Byte %1; die fehlerhaften Bytes werden als � angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/net/body_decoding.cpp" line="369" />
        <source>Invalid UTF-8 at byte %1; the bad bytes are shown as �. Check the server's charset.</source>
        <translation>Ungültiges UTF-8 bei Byte %1; die fehlerhaften Bytes werden als � angezeigt. Prüfen Sie den Zeichensatz des Servers.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="24" />
        <source>"%1" is not a header: write it as Name: value.</source>
        <translation>„%1“ ist kein Header: schreiben Sie ihn als Name: Wert.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="27" />
        <source>Header values cannot contain line breaks.</source>
        <translation>Header-Werte dürfen keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="37" />
        <source>"%1" is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <location filename="../core/net/request_input.cpp" line="43" />
        <source>"%1" is not an http:// or https:// URL with a host.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="51" />
        <source>A JSON-RPC message must be a JSON object.</source>
        <translation>Eine JSON-RPC-Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="54" />
        <source>The message lacks "jsonrpc": "2.0".</source>
        <translation>Der Nachricht fehlt "jsonrpc": "2.0".</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="60" />
        <source>"method" must be a string.</source>
        <translation>"method" muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="64" />
        <source>"params" of %1 must be an object.</source>
        <translation>"params" von %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="67" />
        <source>Request ids must be strings or integers (MCP forbids null).</source>
        <translation>Anfrage-IDs müssen Zeichenketten oder ganze Zahlen sein (MCP verbietet null).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="77" />
        <source>An error response needs a numeric "code".</source>
        <translation>Eine Fehlerantwort braucht einen numerischen "code".</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="86" />
        <source>A response must carry the id of its request.</source>
        <translation>Eine Antwort muss die ID ihrer Anfrage tragen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="92" />
        <source>The message is neither a request, a notification nor a response.</source>
        <translation>Die Nachricht ist weder Anfrage noch Benachrichtigung noch Antwort.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="182" />
        <source>The message is %1 bytes, over the %2-byte limit.</source>
        <translation>Die Nachricht hat %1 Bytes, mehr als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="185" />
        <source>The message nests deeper than %1 levels; refusing to parse it.</source>
        <translation>Die Nachricht ist tiefer als %1 Ebenen verschachtelt; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="190" />
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>Kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_rpc.cpp" line="195" />
        <source>An empty JSON-RPC batch is invalid.</source>
        <translation>Ein leerer JSON-RPC-Stapel ist ungültig.</translation>
    </message>
</context>
<context>
    <name>mcpscope::BodyPane</name>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="34" />
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="34" />
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="34" />
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="35" />
        <source>How to show the body</source>
        <translation>Darstellung des Bodys</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="47" />
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureModel</name>
    <message>
        <location filename="../models/capture_model.cpp" line="274" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="276" />
        <source>%1 · streaming</source>
        <translation>%1 · Stream läuft</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="281" />
        <source>%1 (cut)</source>
        <translation>%1 (gekürzt)</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="295" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="297" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="299" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="301" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="303" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="305" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="307" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="309" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/capture_model.cpp" line="311" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureReader</name>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="82" />
        <source>Could not open the capture store %1 for reading: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="88" />
        <source>%1 is not a McpScope capture store (no schema found).</source>
        <translation>%1 ist kein McpScope-Mitschnitt-Speicher (kein Schema gefunden).</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="91" />
        <source>%1 was written by a newer McpScope (schema %2).</source>
        <translation>%1 wurde von einem neueren McpScope geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="104" />
        <source>Reading %1 from the capture store failed: %2</source>
        <translation>Lesen von %1 aus dem Mitschnitt-Speicher fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="130" />
        <source>the exchange list</source>
        <translation>der Austauschliste</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="171" />
        <location filename="../core/capture/capture_reader.cpp" line="198" />
        <source>search results</source>
        <translation>Suchergebnissen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="220" />
        <source>exchange rows</source>
        <translation>Austauschzeilen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="254" />
        <source>an exchange</source>
        <translation>einem Austausch</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="287" />
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="307" />
        <source>the exchange count</source>
        <translation>der Anzahl</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_reader.cpp" line="325" />
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureSchema</name>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="88" />
        <source>The capture store rejected a statement: %1 (%2)</source>
        <translation>Der Mitschnitt-Speicher hat eine Anweisung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="119" />
        <source>The file is not a readable SQLite database: %1</source>
        <translation>Die Datei ist keine lesbare SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="125" />
        <source>This capture store has schema version %1, but this McpScope knows only up to %2. Open it with a newer McpScope.</source>
        <translation>Dieser Mitschnitt-Speicher hat Schemaversion %1, dieses McpScope kennt nur bis %2. Öffnen Sie ihn mit einem neueren McpScope.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="132" />
        <source>Could not start the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_schema.cpp" line="145" />
        <source>Could not commit the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureStore</name>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="32" />
        <source>Could not create the folder %1 for the capture store.</source>
        <translation>Der Ordner %1 für den Mitschnitt-Speicher konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="41" />
        <source>Could not open the capture store %1: %2</source>
        <translation>Der Mitschnitt-Speicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_store.cpp" line="45" />
        <source>%1 is not a usable capture store: %2</source>
        <translation>%1 ist kein verwendbarer Mitschnitt-Speicher: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::CaptureWriter</name>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="138" />
        <source>Could not open the capture store: %1</source>
        <translation>Der Mitschnitt-Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="152" />
        <source>The Qt SQLite driver did not expose its SQLite handle.</source>
        <translation>Der Qt-SQLite-Treiber hat sein SQLite-Handle nicht herausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="202" />
        <source>Could not start a write transaction: %1</source>
        <translation>Schreibtransaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="232" />
        <source>Could not commit captured data: %1</source>
        <translation>Mitgeschnittene Daten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="248" />
        <source>Could not start an index transaction: %1</source>
        <translation>Index-Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="271" />
        <source>Could not commit the search index: %1</source>
        <translation>Suchindex konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="185" />
        <source>The capture store could not prepare a statement: %1</source>
        <translation>Der Mitschnitt-Speicher konnte eine Anweisung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../core/capture/capture_writer.cpp" line="225" />
        <source>Writing the capture store failed: %1. Check free disk space and that the file is writable.</source>
        <translation>Schreiben in den Mitschnitt-Speicher fehlgeschlagen: %1. Prüfen Sie den freien Speicherplatz und ob die Datei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ConnectDialog</name>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="20" />
        <source>Connect to MCP Server</source>
        <translation>Mit MCP-Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="24" />
        <source>Auto (Streamable HTTP, then HTTP+SSE)</source>
        <translation>Automatisch (Streamable HTTP, dann HTTP+SSE)</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="24" />
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="24" />
        <source>HTTP+SSE (2024-11-05)</source>
        <translation>HTTP+SSE (2024-11-05)</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="25" />
        <source>stdio (run a command)</source>
        <translation>stdio (Befehl ausführen)</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="31" />
        <source>How long to wait for each response</source>
        <translation>Wie lange auf jede Antwort gewartet wird</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="32" />
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="33" />
        <source>&amp;URL or command:</source>
        <translation>&amp;URL oder Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="34" />
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="43" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="48" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="48" />
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="50" />
        <source>One per line, e.g.
LOG_LEVEL=debug</source>
        <translation>Eine pro Zeile, z. B.
LOG_LEVEL=debug</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="51" />
        <source>One per line, e.g.
X-Api-Key: …
(not remembered after the session)</source>
        <translation>Einer pro Zeile, z. B.
X-Api-Key: …
(wird nach der Sitzung nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="93" />
        <source>Enter the command that starts the server.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet.</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="94" />
        <source>Enter the server's URL.</source>
        <translation>Geben Sie die URL des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="101" />
        <source>"%1" is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="114" />
        <source>"%1" is not NAME=value.</source>
        <translation>„%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
</context>
<context>
    <name>mcpscope::Evaluator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="106" />
        <source>The schema nests (or refers) deeper than %1 levels.</source>
        <translation>Das Schema ist tiefer als %1 Ebenen verschachtelt (oder verweist so tief).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="113" />
        <source>No value is allowed here.</source>
        <translation>Hier ist kein Wert erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="128" />
        <source>The schema refers to %1, which McpScope cannot resolve.</source>
        <translation>Das Schema verweist auf %1, was McpScope nicht auflösen kann.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="146" />
        <source>Expected %1, got %2.</source>
        <translation>Erwartet %1, erhalten %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="151" />
        <source>The value is not one of the allowed values.</source>
        <translation>Der Wert ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="154" />
        <source>The value must equal the constant the schema gives.</source>
        <translation>Der Wert muss der Konstanten des Schemas gleichen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="162" />
        <source>%1 is not a multiple of %2.</source>
        <translation>%1 ist kein Vielfaches von %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="167" />
        <source>%1 is above the maximum %2.</source>
        <translation>%1 liegt über dem Maximum %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="169" />
        <source>%1 is below the minimum %2.</source>
        <translation>%1 liegt unter dem Minimum %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="171" />
        <source>%1 must be below %2.</source>
        <translation>%1 muss unter %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="173" />
        <source>%1 must be above %2.</source>
        <translation>%1 muss über %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="180" />
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="182" />
        <source>The text has %1 characters; at least %2 are needed.</source>
        <translation>Der Text hat %1 Zeichen; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="186" />
        <source>The text does not match the pattern %1.</source>
        <translation>Der Text passt nicht zum Muster %1.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="215" />
        <source>The list has %1 items; at most %2 are allowed.</source>
        <translation>Die Liste hat %1 Einträge; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="217" />
        <source>The list has %1 items; at least %2 are needed.</source>
        <translation>Die Liste hat %1 Einträge; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="222" />
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation>Die Einträge %1 und %2 sind gleich; Einträge müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="232" />
        <source>No item matches the schema's "contains".</source>
        <translation>Kein Eintrag passt zum "contains" des Schemas.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="240" />
        <source>The property "%1" is required.</source>
        <translation>Die Eigenschaft „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="242" />
        <source>At most %1 properties are allowed.</source>
        <translation>Höchstens %1 Eigenschaften sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="244" />
        <source>At least %1 properties are needed.</source>
        <translation>Mindestens %1 Eigenschaften sind nötig.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="266" />
        <source>The property "%1" is not allowed.</source>
        <translation>Die Eigenschaft „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="274" />
        <source>The property name "%1" is not allowed.</source>
        <translation>Der Eigenschaftsname „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="283" />
        <source>"%1" requires "%2".</source>
        <translation>„%1“ verlangt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="302" />
        <source>The value matches none of the allowed alternatives (anyOf).</source>
        <translation>Der Wert passt zu keiner der erlaubten Alternativen (anyOf).</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="310" />
        <source>The value must match exactly one alternative (oneOf); it matches %1.</source>
        <translation>Der Wert muss genau einer Alternative entsprechen (oneOf); er passt zu %1.</translation>
    </message>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="313" />
        <source>The value matches a schema it must not match.</source>
        <translation>Der Wert passt zu einem Schema, zu dem er nicht passen darf.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ExchangeDetailView</name>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="118" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="118" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="132" />
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="133" />
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="134" />
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="135" />
        <source>Timing</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="142" />
        <source>Select an exchange to see its headers, bodies and timing.</source>
        <translation>Wählen Sie einen Austausch, um Header, Bodys und Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="164" />
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="167" />
        <source>%1 error: %2</source>
        <translation>%1-Fehler: %2</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="180" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="181" />
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="182" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="183" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="184" />
        <source>HTTP version</source>
        <translation>HTTP-Version</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="185" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="186" />
        <source>Request headers (%1)</source>
        <translation>Anfrage-Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="189" />
        <source>Response headers (%1)</source>
        <translation>Antwort-Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="193" />
        <source>TLS certificate chain</source>
        <translation>TLS-Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="195" />
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="196" />
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="197" />
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="198" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="199" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="206" />
        <source>Only the first %1 of %2 bytes were captured.</source>
        <translation>Nur die ersten %1 von %2 Bytes wurden mitgeschnitten.</translation>
    </message>
    <message>
        <location filename="../ui/exchange_detail_view.cpp" line="212" />
        <source>Waiting (time to first byte)  %1
Content download              %2
Total                         %3
Response size                 %4 bytes</source>
        <translation>Warten (bis zum ersten Byte)  %1
Inhalt herunterladen          %2
Gesamt                        %3
Antwortgröße                  %4 Bytes</translation>
    </message>
</context>
<context>
    <name>mcpscope::FeatureTab</name>
    <message>
        <location filename="../ui/feature_tab.cpp" line="51" />
        <source>Save Blob…</source>
        <translation>Blob speichern…</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="48" />
        <location filename="../ui/feature_tab.cpp" line="165" />
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="129" />
        <source>Updated by the server at %1</source>
        <translation>Vom Server aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="165" />
        <source>Unsubscribe</source>
        <translation>Abo beenden</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="166" />
        <source>Ask the server to send notifications/resources/updated for this resource</source>
        <translation>Den Server bitten, für diese Ressource notifications/resources/updated zu senden</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="167" />
        <source>The server does not offer resource subscriptions</source>
        <translation>Der Server bietet keine Ressourcen-Abonnements an</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="277" />
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="277" />
        <source>Unsubscribed from %1</source>
        <translation>Abo von %1 beendet</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="320" />
        <source>// %1: the blob is not valid base64.</source>
        <translation>// %1: der Blob ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="326" />
        <source>// %1: image of %2 bytes, previewed below</source>
        <translation>// %1: Bild mit %2 Bytes, Vorschau unten</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="330" />
        <source>// %1: blob of %2 bytes
%3</source>
        <translation>// %1: Blob mit %2 Bytes
%3</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="340" />
        <source>Save Blob</source>
        <translation>Blob speichern</translation>
    </message>
    <message>
        <location filename="../ui/feature_tab.cpp" line="345" />
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::HttpCall</name>
    <message>
        <location filename="../core/net/http_client.cpp" line="109" />
        <source>TLS errors ignored by the exception for this host: %1</source>
        <translation>TLS-Fehler durch die Ausnahme für diesen Host ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="136" />
        <source>Could not resolve the host name %1. Check the spelling of the URL, your DNS settings, and that this machine can reach the network the server is on.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise der URL, Ihre DNS-Einstellungen und ob dieser Rechner das Netz des Servers erreicht.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="141" />
        <source>The connection to %1:%2 was refused. Is the server running, and listening on that port and address?</source>
        <translation>Die Verbindung zu %1:%2 wurde abgelehnt. Läuft der Server und lauscht er auf diesem Port und dieser Adresse?</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="149" />
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="151" />
        <source>The server sent nothing for %1 s, so the request was given up. The server may be hung or overloaded; try again, or raise the timeout.</source>
        <translation>Der Server hat %1 s lang nichts gesendet, die Anfrage wurde aufgegeben. Der Server hängt oder ist überlastet; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="157" />
        <source>The server closed the connection in the middle of the response (%1 bytes received). What arrived is kept below; the server may have crashed or hit a proxy timeout.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen (%1 Bytes empfangen). Das Empfangene ist unten erhalten; der Server ist evtl. abgestürzt oder ein Proxy-Zeitlimit griff.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="161" />
        <source>The server closed the connection before sending a response. It may have crashed, or expects a different protocol (HTTP vs HTTPS).</source>
        <translation>Der Server hat die Verbindung vor einer Antwort geschlossen. Er ist evtl. abgestürzt oder erwartet ein anderes Protokoll (HTTP statt HTTPS).</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="165" />
        <source>The TLS certificate of %1 was not accepted: %2. If this is a development server with a self-signed certificate, add a TLS exception for this host; otherwise check the certificate chain below.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2. Bei einem Entwicklungsserver mit selbstsigniertem Zertifikat legen Sie eine TLS-Ausnahme für diesen Host an; sonst prüfen Sie die Zertifikatskette unten.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="172" />
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="180" />
        <source>The server closed the connection in the middle of the response (%1 of %2 bytes received). What arrived is kept below; the server may have crashed or hit a proxy timeout.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen (%1 von %2 Bytes empfangen). Das Empfangene ist unten erhalten; der Server ist evtl. abgestürzt oder ein Proxy-Zeitlimit griff.</translation>
    </message>
    <message>
        <location filename="../core/net/http_client.cpp" line="186" />
        <source>The body was %1 bytes; only the first %2 bytes were captured.</source>
        <translation>Der Body hatte %1 Bytes; nur die ersten %2 Bytes wurden mitgeschnitten.</translation>
    </message>
</context>
<context>
    <name>mcpscope::ImageStrip</name>
    <message>
        <location filename="../ui/image_strip.cpp" line="51" />
        <source>%1: %2 bytes of %3 that do not decode as an image</source>
        <translation>%1: %2 Bytes %3, die sich nicht als Bild dekodieren lassen</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.cpp" line="61" />
        <source>%1 · %2×%3 · %4 bytes</source>
        <translation>%1 · %2×%3 · %4 Bytes</translation>
    </message>
</context>
<context>
    <name>mcpscope::JsonSchemaValidator</name>
    <message>
        <location filename="../core/mcp/json_schema.cpp" line="419" />
        <source>The schema is too complex to evaluate (over %1 steps); validation stopped.</source>
        <translation>Das Schema ist zu komplex (über %1 Schritte); die Prüfung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>mcpscope::LegacySseTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="235" />
        <source>The server's endpoint event names another origin (%1); refusing to send messages there.</source>
        <translation>Das endpoint-Ereignis des Servers nennt einen anderen Ursprung (%1); dorthin werden keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="249" />
        <source>Ignored a message the server sent: %1</source>
        <translation>Eine Nachricht des Servers wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="265" />
        <source>The SSE endpoint answered HTTP %1 instead of an event stream.</source>
        <translation>Der SSE-Endpunkt antwortete mit HTTP %1 statt mit einem Ereignisstrom.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="266" />
        <source>The server closed the SSE stream.</source>
        <translation>Der Server hat den SSE-Strom geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="268" />
        <source>No endpoint event arrived: %1</source>
        <translation>Kein endpoint-Ereignis angekommen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="288" />
        <source>HTTP %1 for %2: %3</source>
        <translation>HTTP %1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>mcpscope::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="152" />
        <location filename="../ui/main_window.cpp" line="157" />
        <location filename="../ui/main_window.cpp" line="182" />
        <source>%n exchange(s) shown</source>
        <translation>
            <numerusform>%n Austausch angezeigt</numerusform>
            <numerusform>%n Austausche angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165" />
        <source>Capture store: %1</source>
        <translation>Mitschnitt-Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168" />
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169" />
        <source>%1 %2 → %3 in %4 ms</source>
        <translation>%1 %2 → %3 in %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223" />
        <source>About McpScope</source>
        <translation>Über McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224" />
        <source>McpScope %1
A workbench for debugging OAuth-protected MCP servers.
Captures are stored in %2</source>
        <translation>McpScope %1
Eine Werkbank zur Fehlersuche an OAuth-geschützten MCP-Servern.
Mitschnitte liegen in %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237" />
        <source>McpScope</source>
        <translation>McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239" />
        <source>&amp;New Request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240" />
        <source>&amp;Connect to MCP Server…</source>
        <translation>Mit MCP-Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241" />
        <source>Capture log</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242" />
        <source>&amp;Open Capture Store…</source>
        <translation>Mitschnitt-Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245" />
        <source>&amp;Find in Captures</source>
        <translation>In Mitschnitten &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246" />
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247" />
        <source>&amp;Follow New Exchanges</source>
        <translation>Neuen Austauschen &amp;folgen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="249" />
        <source>&amp;About McpScope</source>
        <translation>Ü&amp;ber McpScope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250" />
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252" />
        <source>Search URLs and bodies (full text)…</source>
        <translation>URLs und Bodys durchsuchen (Volltext)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="257" />
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>1xx informational</source>
        <translation>1xx Information</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>3xx redirect</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268" />
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268" />
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268" />
        <source>Failed (no response)</source>
        <translation>Fehlgeschlagen (keine Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="341" />
        <source>HTTP requests %1</source>
        <translation>HTTP-Anfragen %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346" />
        <source>Sending %1 %2…</source>
        <translation>Sende %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387" />
        <location filename="../ui/main_window.cpp" line="393" />
        <source>Open Capture Store</source>
        <translation>Mitschnitt-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388" />
        <source>McpScope captures (*.sqlite *.db);;All files (*)</source>
        <translation>McpScope-Mitschnitte (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpClient</name>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="119" />
        <source>The session was restarted.</source>
        <translation>Die Sitzung wurde neu gestartet.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="161" />
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="204" />
        <source>Streamable HTTP was refused (%1); trying the HTTP+SSE transport.</source>
        <translation>Streamable HTTP wurde abgelehnt (%1); versuche den HTTP+SSE-Transport.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="212" />
        <source>The server did not complete initialize: %1</source>
        <translation>Der Server hat initialize nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="219" />
        <source>The server answered with protocol version "%1", which McpScope does not speak (it speaks %2). Upgrade McpScope or configure the server for one of those.</source>
        <translation>Der Server antwortete mit Protokollversion „%1“, die McpScope nicht spricht (es spricht %2). Aktualisieren Sie McpScope oder stellen Sie den Server auf eine davon ein.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="265" />
        <source>No response to %1 within %2 s. The server may be hung; try again or raise the request timeout.</source>
        <translation>Keine Antwort auf %1 innerhalb von %2 s. Der Server hängt evtl.; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="322" />
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="334" />
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="353" />
        <source>The server answered request id %1, which is not pending (unknown, or already answered or timed out).</source>
        <translation>Der Server beantwortete die Anfrage-ID %1, die nicht aussteht (unbekannt, schon beantwortet oder abgelaufen).</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="365" />
        <source>%1 failed with JSON-RPC error %2: %3</source>
        <translation>%1 scheiterte mit JSON-RPC-Fehler %2: %3</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="393" />
        <source>The server reused request id %1 while that request is still waiting; the second one is refused.</source>
        <translation>Der Server hat die Anfrage-ID %1 erneut verwendet, während diese Anfrage noch wartet; die zweite wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="443" />
        <source>Progress for token %1, which belongs to no active request.</source>
        <translation>Fortschritt für Token %1, das zu keiner laufenden Anfrage gehört.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcp_client.cpp" line="500" />
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::McpSessionView</name>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="104" />
        <source>Call</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="107" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="119" />
        <source>The result appears here.</source>
        <translation>Hier erscheint das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="90" />
        <source>Input schema</source>
        <translation>Eingabeschema</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="60" />
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="61" />
        <source>Start a new session with the same server and transport</source>
        <translation>Eine neue Sitzung mit demselben Server und Transport beginnen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="88" />
        <location filename="../ui/mcp_session_view.cpp" line="423" />
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="95" />
        <source>Arguments (JSON)</source>
        <translation>Argumente (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="106" />
        <source>Call the tool (Ctrl+Return)</source>
        <translation>Das Tool aufrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="126" />
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="129" />
        <location filename="../ui/mcp_session_view.cpp" line="138" />
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="135" />
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="143" />
        <source>template variable</source>
        <translation>Vorlagenvariable</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="161" />
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="164" />
        <source>Get</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="185" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="193" />
        <source>Server log level:</source>
        <translation>Log-Stufe des Servers:</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="196" />
        <source>(server default)</source>
        <translation>(Vorgabe des Servers)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="200" />
        <source>logging/setLevel: the least severe level the server should send</source>
        <translation>logging/setLevel: die niedrigste Stufe, die der Server senden soll</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="207" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="210" />
        <location filename="../ui/mcp_session_view.cpp" line="376" />
        <source>Server requests</source>
        <translation>Server-Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="217" />
        <source>History (messages sent this session)</source>
        <translation>Verlauf (in dieser Sitzung gesendete Nachrichten)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="221" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="222" />
        <source>Send (Ctrl+Return in the editor)</source>
        <translation>Senden (Strg+Eingabe im Editor)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="228" />
        <source>JSON-RPC console</source>
        <translation>JSON-RPC-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="258" />
        <source>Reconnecting to %1…</source>
        <translation>Verbinde neu mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="267" />
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="269" />
        <source>session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="274" />
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="276" />
        <source>server stderr: %1</source>
        <translation>Server-stderr: %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="292" />
        <source>MCP %1</source>
        <translation>MCP %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="297" />
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="319" />
        <source>%1 %2 · protocol %3 · %4 · capabilities: %5</source>
        <translation>%1 %2 · Protokoll %3 · %4 · Fähigkeiten: %5</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="376" />
        <source>Server requests (%1)</source>
        <translation>Server-Anfragen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="385" />
        <source>Server log level set to %1</source>
        <translation>Log-Stufe des Servers auf %1 gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="423" />
        <source>Form (no arguments)</source>
        <translation>Formular (keine Argumente)</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="436" />
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="438" />
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="439" />
        <source>Arguments must be a JSON object</source>
        <translation>Argumente müssen ein JSON-Objekt sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcp_session_view.cpp" line="448" />
        <source>Does not match the input schema: %1%2 (%n problem(s))</source>
        <translation>
            <numerusform>Passt nicht zum Eingabeschema: %1%2 (%n Problem)</numerusform>
            <numerusform>Passt nicht zum Eingabeschema: %1%2 (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="453" />
        <source>Valid against the input schema</source>
        <translation>Gültig laut Eingabeschema</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="482" />
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="483" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="496" />
        <source>// The tool reported an error (isError: true)
</source>
        <translation>// Das Werkzeug meldete einen Fehler (isError: true)
</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="501" />
        <source>// structuredContent matches the tool's outputSchema
</source>
        <translation>// structuredContent passt zum outputSchema des Werkzeugs
</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="502" />
        <source>// structuredContent does not match the outputSchema: %1%2
</source>
        <translation>// structuredContent passt nicht zum outputSchema: %1%2
</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="507" />
        <source>// The tool declares an outputSchema but returned no structuredContent
</source>
        <translation>// Das Werkzeug deklariert ein outputSchema, lieferte aber kein structuredContent
</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="518" />
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="524" />
        <source>// The server needs you to open these URLs first, then call the tool again:</source>
        <translation>// Der Server möchte, dass Sie zuerst diese URLs öffnen und das Tool dann erneut aufrufen:</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="530" />
        <source>// %1</source>
        <translation>// %1</translation>
    </message>
    <message>
        <location filename="../ui/mcp_session_view.cpp" line="543" />
        <source>// Not sent: write a JSON-RPC request or notification with a method.</source>
        <translation>// Nicht gesendet: schreiben Sie eine JSON-RPC-Anfrage oder -Benachrichtigung mit method.</translation>
    </message>
</context>
<context>
    <name>mcpscope::NewRequestDialog</name>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="20" />
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="36" />
        <source>One per line, e.g.
Accept: application/json</source>
        <translation>Einer pro Zeile, z. B.
Accept: application/json</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="40" />
        <source>Request body (optional)</source>
        <translation>Anfrage-Body (optional)</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="41" />
        <source>Give up when the server sends nothing for this long</source>
        <translation>Aufgeben, wenn der Server so lange nichts sendet</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="42" />
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="43" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="44" />
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="45" />
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="46" />
        <source>Idle &amp;timeout:</source>
        <translation>Leerlauf-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/new_request_dialog.cpp" line="50" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>mcpscope::SchemaForm</name>
    <message>
        <location filename="../ui/schema_form.cpp" line="100" />
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="102" />
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="104" />
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="163" />
        <location filename="../ui/schema_form.cpp" line="195" />
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="349" />
        <source>Add item</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/schema_form.cpp" line="395" />
        <source>Remove this item</source>
        <translation>Dieses Element entfernen</translation>
    </message>
</context>
<context>
    <name>mcpscope::ServerRequestsTab</name>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="46" />
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="74" />
        <location filename="../ui/server_requests_tab.cpp" line="255" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="75" />
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="76" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="77" />
        <source>Send the answer in the editor</source>
        <translation>Die Antwort aus dem Editor senden</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="78" />
        <source>Refuse: elicitation answers action "decline"; other requests get a JSON-RPC error</source>
        <translation>Ablehnen: Elicitation antwortet mit action „decline“, andere Anfragen erhalten einen JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="79" />
        <source>Dismiss: elicitation answers action "cancel"; other requests get a JSON-RPC error</source>
        <translation>Verwerfen: Elicitation antwortet mit action „cancel“, andere Anfragen erhalten einen JSON-RPC-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="169" />
        <source>The server asks: %1. Answer it in Server requests.</source>
        <translation>Der Server fragt: %1. Antworten Sie unter Server-Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="181" />
        <source>The server withdrew its %1 request.</source>
        <translation>Der Server hat seine %1-Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="182" />
        <source>The server withdrew its %1 request: %2</source>
        <translation>Der Server hat seine %1-Anfrage zurückgezogen: %2</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="194" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="196" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="198" />
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="200" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="202" />
        <source>withdrawn by the server</source>
        <translation>vom Server zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="204" />
        <source>could not be answered</source>
        <translation>konnte nicht beantwortet werden</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="231" />
        <source>Requests the server sends (sampling, elicitation, roots) wait here for your answer.</source>
        <translation>Anfragen des Servers (Sampling, Elicitation, Roots) warten hier auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="233" />
        <source>The server sent %1.</source>
        <translation>Der Server hat %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="242" />
        <source>Content to send (JSON)</source>
        <translation>Zu sendender Inhalt (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="242" />
        <source>Result to send (JSON)</source>
        <translation>Zu sendendes Ergebnis (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="255" />
        <source>Done (accept)</source>
        <translation>Erledigt (annehmen)</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="268" />
        <source>Status of this request: %1</source>
        <translation>Status dieser Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="273" />
        <source>Open the URL, finish there, then press Done. The server learns only that you accepted.</source>
        <translation>Öffnen Sie die URL, schließen Sie dort ab und drücken Sie dann Erledigt. Der Server erfährt nur, dass Sie angenommen haben.</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="279" />
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="282" />
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="283" />
        <source>The answer must be a JSON object</source>
        <translation>Die Antwort muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="289" />
        <source>Does not match the requested schema: %1%2</source>
        <translation>Passt nicht zum angeforderten Schema: %1%2</translation>
    </message>
    <message>
        <location filename="../ui/server_requests_tab.cpp" line="294" />
        <source>Matches the requested schema</source>
        <translation>Passt zum angeforderten Schema</translation>
    </message>
</context>
<context>
    <name>mcpscope::SessionListModel</name>
    <message numerus="yes">
        <location filename="../models/session_list_model.cpp" line="32" />
        <source>%1 (%n exchange(s))</source>
        <translation>
            <numerusform>%1 (%n Austausch)</numerusform>
            <numerusform>%1 (%n Austausche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session_list_model.cpp" line="34" />
        <source>%1
Started %2</source>
        <translation>%1
Gestartet %2</translation>
    </message>
</context>
<context>
    <name>mcpscope::SseParser</name>
    <message>
        <location filename="../core/mcp/sse_parser.cpp" line="123" />
        <source>An SSE event larger than %1 bytes was dropped.</source>
        <translation>Ein SSE-Ereignis größer als %1 Bytes wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::StdioTransport</name>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="21" />
        <source>Could not start %1: %2. Check the command and that it is installed.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie den Befehl und ob er installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="30" />
        <source>The server process %1 crashed.</source>
        <translation>Der Serverprozess %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="31" />
        <source>The server process %1 exited with code %2.</source>
        <translation>Der Serverprozess %1 endete mit Code %2.</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="67" />
        <source>The server wrote a line that is not JSON-RPC: %1 (%2)</source>
        <translation>Der Server schrieb eine Zeile, die kein JSON-RPC ist: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/mcp/stdio_transport.cpp" line="77" />
        <source>The server wrote a line longer than %1 bytes; it was dropped.</source>
        <translation>Der Server schrieb eine Zeile länger als %1 Bytes; sie wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>mcpscope::StreamableHttpTransport</name>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="111" />
        <source>Ignored a message the server sent: %1</source>
        <translation>Eine Nachricht des Servers wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="137" />
        <source>The server no longer knows session %1 (HTTP 404). Reconnect to start a new session.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr (HTTP 404). Verbinden Sie sich neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="139" />
        <source>The server no longer knows session %1 (HTTP 400; the spec asks for 404). Reconnect to start a new session.</source>
        <translation>Der Server kennt die Sitzung %1 nicht mehr (HTTP 400; die Spezifikation verlangt 404). Verbinden Sie neu, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/http_transports.cpp" line="171" />
        <source>HTTP %1 for %2: %3</source>
        <translation>HTTP %1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>mcpscope::UriTemplate</name>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="87" />
        <source>The URI template has a '}' without '{' at character %1.</source>
        <translation>Die URI-Vorlage enthält bei Zeichen %1 ein '}' ohne '{'.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="96" />
        <source>The URI template has a '{' at character %1 that is never closed.</source>
        <translation>Die URI-Vorlage enthält bei Zeichen %1 ein '{', das nie geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="106" />
        <source>The URI template uses the reserved operator '%1'.</source>
        <translation>Die URI-Vorlage verwendet den reservierten Operator '%1'.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="119" />
        <source>The URI template has an invalid prefix length in "%1".</source>
        <translation>Die URI-Vorlage hat in „%1“ eine ungültige Präfixlänge.</translation>
    </message>
    <message>
        <location filename="../core/mcp/uri_template.cpp" line="124" />
        <source>The URI template has an invalid variable name "%1".</source>
        <translation>Die URI-Vorlage hat einen ungültigen Variablennamen „%1“.</translation>
    </message>
</context>
</TS>