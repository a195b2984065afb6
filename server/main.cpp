// arsip-server: the HTTP JSON API (docs/api.md) and the page in web/, over one Xapian index.
// Options come from the command line or a --config file (same keys: db, port, host, web,
// threads, data); the command line wins. Stops cleanly on SIGTERM / SIGINT.
// Exit status: 0 stopped cleanly, 1 could not start, 2 usage error.
#include <Poco/Exception.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/ServerApplication.h>
#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include "model/errors.h"
#include "server/http_server.h"
#include "text/analysis.h"

namespace {

namespace fs = std::filesystem;
using Poco::Util::Option;
using Poco::Util::OptionCallback;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr unsigned kMinDefaultThreads = 8;

// A bad option value; main() prints it with a pointer to --help.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ArsipServer : public Poco::Util::ServerApplication {
protected:
    void defineOptions(Poco::Util::OptionSet& options) override {
        // Not ServerApplication::defineOptions: no --daemon; run it under a service manager.
        options.addOption(Option("help", "h", "print this help and exit")
                              .callback(OptionCallback<ArsipServer>(this, &ArsipServer::on_help)));
        options.addOption(Option("db", "", "the index folder (required; built by arsip-index)")
                              .argument("DIR")
                              .binding("db"));
        options.addOption(Option("port", "", "TCP port, 0 for any free one (default 8080)")
                              .argument("N")
                              .binding("port"));
        options.addOption(Option("host", "", "address to listen on (default 0.0.0.0, all)")
                              .argument("ADDRESS")
                              .binding("host"));
        options.addOption(
            Option("web", "", "folder of the page's files (default the repository's web/)")
                .argument("DIR")
                .binding("web"));
        options.addOption(
            Option("threads", "", "worker threads (default: hardware threads, at least 8)")
                .argument("N")
                .binding("threads"));
        options.addOption(Option("data", "", "analysis data: dictionaries/, synonyms/, stopwords/")
                              .argument("DIR")
                              .binding("data"));
        options.addOption(
            Option("config", "", "a .properties or .ini file with the keys above")
                .argument("FILE")
                .callback(OptionCallback<ArsipServer>(this, &ArsipServer::on_config)));
    }

    int main(const std::vector<std::string>& args) override {
        if (help_) {
            Poco::Util::HelpFormatter help(options());
            help.setCommand("arsip-server");
            help.setUsage("--db DIR [--port N] [--web DIR] [--threads N] [--config FILE]");
            help.setHeader("Serves the Arsip search API (docs/api.md) and the page in web/.");
            help.setFooter("Example: arsip-server --db var/index --port 8080");
            help.format(std::cout);
            std::cout << std::endl;
            return kExitOk;
        }
        try {
            if (!args.empty()) throw UsageError("unexpected argument '" + args.front() + "'");
            const arsip::server::ServerOptions options = server_options();
            const fs::path data = config().getString("data", ARSIP_DEFAULT_DATA_DIR);
            const arsip::text::Analysis analysis = arsip::text::load_analysis(data);
            return serve(options, analysis);
        } catch (const UsageError& e) {
            std::cerr << "arsip-server: " << e.what() << "\nRun with --help for usage.\n";
            return kExitUsage;
        } catch (const Poco::Exception& e) {
            std::cerr << "arsip-server: " << e.displayText() << "\n";
            return kExitFailed;
        } catch (const std::exception& e) {
            std::cerr << "arsip-server: " << e.what() << "\n";
            return kExitFailed;
        }
    }

private:
    void on_help(const std::string&, const std::string&) {
        help_ = true;
        stopOptionsProcessing();
    }

    void on_config(const std::string&, const std::string& file) {
        if (!fs::is_regular_file(file))
            throw Poco::Util::InvalidArgumentException("--config: no file '" + file + "'");
        loadConfiguration(file, PRIO_DEFAULT);
    }

    // A whole number in [min, max] from the configuration key `name`.
    unsigned long number(const std::string& name, unsigned long fallback, unsigned long min,
                         unsigned long max) {
        const std::string text = config().getString(name, std::to_string(fallback));
        const bool digits =
            !text.empty() && text.size() < 10 &&
            std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        const unsigned long value = digits ? std::stoul(text) : max + 1;
        if (value < min || value > max) {
            throw UsageError("--" + name + ": a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max) + ", not '" + text + "'");
        }
        return value;
    }

    arsip::server::ServerOptions server_options() {
        arsip::server::ServerOptions o;
        o.db = config().getString("db", "");
        if (o.db.empty())
            throw UsageError("--db DIR is required (the index that arsip-index built)");
        o.port = static_cast<std::uint16_t>(number("port", 8080, 0, 65535));
        o.host = config().getString("host", "0.0.0.0");
        // A browser keeps up to six connections to a host alive, each holding a worker until the
        // keep-alive timeout: fewer workers than that stall page loads, whatever the cores.
        const unsigned workers = std::max(kMinDefaultThreads, std::thread::hardware_concurrency());
        o.threads = static_cast<unsigned>(number("threads", workers, 1, 256));
        if (config().has("web")) {
            o.web = config().getString("web");
            if (!fs::is_directory(o.web))
                throw UsageError("--web: no folder '" + o.web.string() + "'");
        } else if (fs::is_directory(ARSIP_DEFAULT_WEB_DIR)) {
            o.web = ARSIP_DEFAULT_WEB_DIR;
        }
        return o;
    }

    int serve(const arsip::server::ServerOptions& options, const arsip::text::Analysis& analysis) {
        // Worker threads inherit this mask: the stop signals go to waitForTerminationRequest(),
        // and a client that hangs up mid-response is a failed write, not a SIGPIPE.
        sigset_t stop_signals;
        sigemptyset(&stop_signals);
        sigaddset(&stop_signals, SIGINT);
        sigaddset(&stop_signals, SIGTERM);
        sigaddset(&stop_signals, SIGQUIT);
        pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
        signal(SIGPIPE, SIG_IGN);

        arsip::server::HttpServer server(options, analysis, std::clog);
        server.start();
        const std::string host = options.host == "0.0.0.0" ? "localhost" : options.host;
        // One write: a reader waiting for the address must not see half a line.
        std::ostringstream serving;
        serving << "arsip-server: serving http://" << host << ":" << server.port() << "/"
                << " (index " << options.db.string() << ", "
                << (options.web.empty() ? std::string("no web folder") : "web " + options.web.string())
                << ", " << options.threads << " threads); Ctrl-C stops it\n";
        std::clog << serving.str() << std::flush;
        if (!fs::exists(options.db)) {
            std::clog << "arsip-server: " << options.db.string()
                      << " does not exist yet: requests get 503 until arsip-index builds it"
                      << std::endl;
        }
        waitForTerminationRequest();
        std::clog << "arsip-server: stopping" << std::endl;
        server.stop();
        return kExitOk;
    }

    bool help_ = false;
};

}  // namespace

int main(int argc, char** argv) {
    ArsipServer app;
    try {
        app.init(argc, argv);
    } catch (const Poco::Exception& e) {
        std::cerr << "arsip-server: " << e.displayText() << "\nRun with --help for usage.\n";
        return kExitUsage;
    }
    // Application::run(): initialize, main(), uninitialize (ServerApplication's is protected).
    return static_cast<Poco::Util::Application&>(app).run();
}
