// Command brief is a terminal reader for news briefings.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"github.com/brief-reader/brief/content"
	"github.com/brief-reader/brief/model"
	"github.com/brief-reader/brief/ui"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	if err := fang.Execute(context.Background(), rootCmd(), fang.WithVersion(version)); err != nil {
		os.Exit(1)
	}
}

func rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "brief [PATH...]",
		Short: "Read news briefings critically in the terminal",
		Long: "brief shows a briefing of news articles with the claims each makes (and who makes them),\n" +
			"the questions it leaves open and the details it reports without confirmation.\n\n" +
			"With no PATH it opens the briefing embedded in the binary.",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := load(args)
			if err != nil {
				return err
			}
			_, err = tea.NewProgram(ui.New(b, ui.Options{})).Run()
			return err
		},
	}
	root.AddCommand(exportCmd())
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
			b, err := load(args)
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

func load(paths []string) (*model.Briefing, error) {
	if len(paths) == 0 {
		return content.Embedded()
	}
	return nil, fmt.Errorf("reading files is not implemented yet")
}
