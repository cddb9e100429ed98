// Command brief is a terminal reader for news briefings.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/brief-reader/brief/content"
	"github.com/brief-reader/brief/model"
	"github.com/brief-reader/brief/ui"
	"github.com/brief-reader/brief/ui/serve"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	if err := fang.Execute(context.Background(), rootCmd(),
		fang.WithVersion(buildVersion()),
		fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM),
	); err != nil {
		os.Exit(1)
	}
}

// buildVersion is the version set at link time, or else the module version
// that `go install` recorded.
func buildVersion() string {
	if version != "dev" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return version
}

func rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "brief [PATH...]",
		Short: "Read news briefings critically in the terminal",
		Long: "brief shows a briefing of news articles with the claims each makes (and who makes them),\n" +
			"the questions it leaves open and the details it reports without confirmation.\n\n" +
			"With no PATH it opens the briefing embedded in the binary.",
		Example: "  brief                     # the embedded briefing\n" +
			"  brief ~/articles          # a folder of .txt and .md files\n" +
			"  cat story.txt | brief -   # an article on standard input",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && ui.Interactive() {
				return readStreaming(cmd, args)
			}
			b, warnings, err := load(cmd, args)
			if err != nil {
				return err
			}
			return ui.Run(cmd.Context(), b, ui.Options{Warnings: warningStrings(warnings)})
		},
	}
	root.PersistentFlags().Var(newByteSize(content.DefaultMaxSize), "max-size",
		"skip article files larger than this (e.g. 8MiB, 500KB, 1048576)")
	root.PersistentFlags().Bool("no-cache", false, "do not read or write the cache of parsed articles")
	root.AddCommand(exportCmd(), serveCmd())
	return root
}

func exportCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export [PATH...]",
		Short: "Print the briefing as JSON or Markdown",
		Example: "  brief export --format json\n" +
			"  brief export --format markdown ~/articles",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := loadAnalyzed(cmd, args)
			if err != nil {
				return err
			}
			return export(cmd.OutOrStdout(), b, format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json or markdown")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"json", "markdown"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func serveCmd() *cobra.Command {
	cfg := serve.Config{}
	cmd := &cobra.Command{
		Use:   "serve [PATH...]",
		Short: "Serve the reader over SSH",
		Long: "serve lets anyone with an SSH client read the briefing: ssh -p 23234 HOST.\n" +
			"It listens on 127.0.0.1 unless --listen says otherwise. Without --authorized-keys\n" +
			"it is an open demo: any public key gets the reader, and nothing else.",
		Example: "  brief serve\n  brief serve --listen 0.0.0.0:23234 --authorized-keys ~/.ssh/authorized_keys ~/articles",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// Parsed once, shared read-only by every session.
			b, err := loadAnalyzed(cmd, args)
			if err != nil {
				return err
			}
			// One render cache for every session: a hundred readers of the same
			// article at the same width share one Glamour rendering.
			cache := ui.NewRenderCache(64 << 20)
			cfg.NewModel = func(serve.Session) tea.Model {
				return ui.New(b, ui.Options{Analyzed: true, RenderCache: cache})
			}
			return serve.Run(cmd.Context(), cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, "listen", serve.DefaultListen, "address to listen on")
	f.StringVar(&cfg.HostKeyPath, "host-key", "", "ed25519 host key, created on first start (default $XDG_DATA_HOME/brief/host_ed25519)")
	f.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "only these public keys may connect (default: open demo)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", serve.DefaultMaxSessions, "most concurrent sessions")
	f.IntVar(&cfg.MaxPerClient, "max-per-client", serve.DefaultMaxPerClient, "most concurrent sessions from one client address")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", 10*time.Minute, "end a session after this long without a key press")
	f.DurationVar(&cfg.MaxSession, "max-session", time.Hour, "longest a session may last")
	return cmd
}

func export(w io.Writer, b *model.Briefing, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(b)
	case "markdown", "md":
		_, err := io.WriteString(w, model.Markdown(b))
		return err
	default:
		return fmt.Errorf("unknown format %q: want json or markdown", format)
	}
}

// load reads the briefing: the embedded one, or the files and folders named.
// Files that could not be read come back as warnings; the error is for when
// nothing could be loaded at all.
func load(cmd *cobra.Command, paths []string) (*model.Briefing, []content.Warning, error) {
	if len(paths) == 0 {
		b, err := content.EmbeddedWith(loadOptions(cmd))
		return b, nil, err
	}
	return content.Load(paths, loadOptions(cmd))
}

// loadOptions are the content options the flags set.
func loadOptions(cmd *cobra.Command) content.Options {
	opts := content.Options{Stdin: cmd.InOrStdin()}
	opts.NoCache, _ = cmd.Flags().GetBool("no-cache")
	if f := cmd.Flag("max-size"); f != nil {
		if v, ok := f.Value.(*byteSize); ok {
			opts.MaxSize = int64(*v)
		}
	}
	return opts
}

// readStreaming shows the reader as soon as the first article is read and
// streams the rest into it, so a large folder opens at once. Until the
// first article (or the end) it waits, so a set of paths with nothing
// readable fails as load does, naming each file and why. Quitting stops
// the reading.
func readStreaming(cmd *cobra.Command, paths []string) error {
	s, err := content.Open(cmd.Context(), paths, loadOptions(cmd))
	if err != nil {
		return err
	}
	defer s.Close()
	limitMemory(s.Total())
	b := &model.Briefing{}
	var warnings []content.Warning
	var batch content.Batch
	for len(b.Articles) == 0 && !batch.Done {
		batch = s.Next()
		b.Articles = append(b.Articles, batch.Articles...)
		warnings = append(warnings, batch.Warnings...)
	}
	if len(b.Articles) == 0 {
		return &content.NothingLoadedError{Warnings: warnings}
	}
	opts := ui.Options{Warnings: warningStrings(warnings)}
	if !batch.Done {
		opts.Loading = &ui.Loading{Read: batch.Read, Total: batch.Total, Next: func() ui.Arrivals {
			nb := s.Next()
			return ui.Arrivals{Articles: nb.Articles, Warnings: warningStrings(nb.Warnings),
				Read: nb.Read, Total: nb.Total, Done: nb.Done}
		}}
	}
	return ui.Run(cmd.Context(), b, opts)
}

// limitMemory sets a soft limit on the heap for a reader of n articles,
// unless GOMEMLIMIT sets one: a base for the program and its renders, and
// room for each article's text and model. Near it the collector runs
// more often instead of letting the garbage of parsing double the
// footprint (10,000 articles peak at about 130 MB rather than 170 MB, for
// a few percent more time). It is soft: a briefing that needs more still
// gets it, and the collector never takes more than half the CPU.
func limitMemory(n int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(96<<20 + int64(n)*(3<<10))
}

// loadAnalyzed loads like load, names each skipped file on stderr, and
// runs the cross-article analysis: for the commands that have no screen to
// show warnings on and need the whole briefing at once (export, serve).
func loadAnalyzed(cmd *cobra.Command, paths []string) (*model.Briefing, error) {
	b, warnings, err := load(cmd, paths)
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), "skipped", w.String())
	}
	model.Analyze(b)
	return b, nil
}

func warningStrings(ws []content.Warning) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.String()
	}
	return out
}
