#include "cli_commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printHelp(FILE *to)
{
    std::fprintf(
        to,
        "Usage: mcpscope-cli VERB [options]\n\n"
        "Verbs:\n"
        "  request URL [-X METHOD] [-H 'K: V']... [-d BODY] [--store FILE]\n"
        "                 send one HTTP request, print the exchange as JSON\n"
        "  sessions --store FILE\n"
        "                 list the sessions recorded in a capture store\n"
        "  export --store FILE [--format har|json] [--session ID]... [--exchange ID]...\n"
        "         [--output FILE] [--redact-header NAME]... [--redact-pointer PTR]...\n"
        "         [--redact-param NAME]... [--redact-pattern REGEX]... [--summary]\n"
        "                 the captured exchanges as HAR 1.2 or McpScope's JSON (default),\n"
        "                 always redacted; --summary lists what was removed on stderr\n"
        "  import FILE.har|FILE.mcpscope --store FILE [--name NAME]\n"
        "                 import a HAR (DevTools, Charles, Fiddler, McpScope) or a capture\n"
        "                 bundle as new sessions, JSON-RPC calls recognised, redacted; prints\n"
        "                 the new session ids and how many findings the diagnostics rules raised\n"
        "  connect URL    initialize an MCP session (Streamable HTTP), print the server's answer\n"
        "  tools list URL | tools call URL NAME [--args JSON]\n"
        "                 list a server's tools, or call one\n"
        "  resources list URL | resources read URL URI\n"
        "  prompts list URL | prompts get URL NAME [--args JSON]\n"
        "                 (each MCP verb takes --stdio 'COMMAND ARGS' instead of URL, and\n"
        "                 --oauth browser|headless to answer a 401 with the OAuth flow)\n"
        "  auth login URL | auth tokens | auth refresh|revoke|delete|header ID\n"
        "                 sign in to an MCP server and manage the token vault\n"
        "  diff A B [--json] [--ignore POINTER]...\n"
        "                 compare two interfaces (tools, resources, templates, prompts); A and\n"
        "                 B are URLs, stdio:'COMMAND ARGS' or store:FILE#SESSION\n"
        "  conformance URL\n"
        "                 client side of the MCP conformance suite\n"
        "  replay --store FILE --session ID URL | --stdio CMD [--ignore POINTER]...\n"
        "                 replay a recorded session against a server, compare every answer\n\n"
        "  mock --store FILE --session ID [--port N] [--host ADDR] [--stdio] [--ignore PTR]...\n"
        "                 serve a recorded session as an MCP server (prints its URL first)\n"
        "  report --store FILE --session ID... [--format md|html] [--output FILE]\n"
        "                 an incident report of recorded sessions for a ticket (redacted)\n"
        "  bundle --store FILE --session ID... [--exchange ID...] --output FILE.mcpscope\n"
        "                 save sessions or exchanges as a standalone capture, secrets swept\n"
        "  stats --store FILE [--session ID]... [--by method|tool] [--window 5m] [--from ISO]\n"
        "        [--to ISO] [--baseline-session ID] [--fail-on SPEC]... [--json]\n"
        "                 latency percentiles, errors, auth events and rate limits per method or\n"
        "                 tool; --fail-on errors>2%%|p95>2x|auth>5%%|ratelimit>80%% exits 7 when\n"
        "                 crossed\n"
        "  doctor URL | --stdio CMD [--oauth MODE] [--transport auto|streamable|sse]\n"
        "         [--burst N] [--repeat N] [--require-cors] [--store FILE] [--json]\n"
        "                 walk the troubleshooting decision tree against a server; the exit\n"
        "                 code names the first stage that failed (10-17)\n"
        "  findings --store FILE [--session ID]... [--kind PREFIX] [--severity "
        "note|warning|error]\n"
        "           [--fail-on note|warning|error] [--no-run] [--json]\n"
        "                 run the diagnostics rules, then list the findings by severity and\n"
        "                 kind with cause, fix and evidence; exits 8 at or above --fail-on\n"
        "  catalog list | import FILE [--format auto|mcp|claude|cursor|vscode|server-json] |\n"
        "          export FILE [--with-secrets] | remove NAME [--catalog FILE] [--json]\n"
        "                 the servers you already have (mcp.json, Claude Desktop, Cursor, VS "
        "Code,\n"
        "                 server.json), secrets in the keychain; MCP verbs take --server NAME\n\n"
        "'mcpscope-cli VERB --help' describes a verb's options.\n\n%s",
        qPrintable(mcpscope::cli::exitCodeHelp()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mcpscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPSCOPE_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printHelp(stderr);
        return mcpscope::cli::Usage;
    }
    const QString verb = args.takeFirst();
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(stdout);
        return mcpscope::cli::Ok;
    }
    if (verb == u"--version") {
        std::printf("mcpscope-cli %s\n", MCPSCOPE_VERSION);
        return mcpscope::cli::Ok;
    }
    if (verb == u"request")
        return mcpscope::cli::runRequest(args);
    if (verb == u"sessions")
        return mcpscope::cli::runSessions(args);
    if (verb == u"export")
        return mcpscope::cli::runExport(args);
    if (verb == u"connect")
        return mcpscope::cli::runConnect(args);
    if (verb == u"tools")
        return mcpscope::cli::runTools(args);
    if (verb == u"resources")
        return mcpscope::cli::runResources(args);
    if (verb == u"prompts")
        return mcpscope::cli::runPrompts(args);
    if (verb == u"conformance")
        return mcpscope::cli::runConformance(args);
    if (verb == u"auth")
        return mcpscope::cli::runAuth(args);
    if (verb == u"replay")
        return mcpscope::cli::runReplay(args);
    if (verb == u"mock")
        return mcpscope::cli::runMock(args);
    if (verb == u"diff")
        return mcpscope::cli::runDiff(args);
    if (verb == u"report")
        return mcpscope::cli::runReport(args);
    if (verb == u"import")
        return mcpscope::cli::runImport(args);
    if (verb == u"bundle")
        return mcpscope::cli::runBundle(args);
    if (verb == u"stats")
        return mcpscope::cli::runStats(args);
    if (verb == u"doctor")
        return mcpscope::cli::runDoctor(args);
    if (verb == u"findings")
        return mcpscope::cli::runFindings(args);
    if (verb == u"catalog")
        return mcpscope::cli::runCatalog(args);
    std::fprintf(stderr, "mcpscope-cli: unknown verb '%s'\n\n", qPrintable(verb));
    printHelp(stderr);
    return mcpscope::cli::Usage;
}
