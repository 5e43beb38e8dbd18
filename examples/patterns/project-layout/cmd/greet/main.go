//go:build go1.13

// Command greet prints a greeting. It is the smallest useful shape of a
// binary in cmd/: main only wires the process (arguments, output, exit
// code) and leaves the work to run, which a test can call.
package main

// region main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"fieldguide.dev/examples/patterns/project-layout/internal/greeting"
)

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, errUsage):
		os.Exit(2) // the usage is printed already; 2, as flag exits for bad flags
	case err != nil:
		fmt.Fprintln(os.Stderr, "greet:", err)
		os.Exit(1) // [!code highlight]
	}
}

// errUsage means the arguments were wrong and the usage has been printed.
var errUsage = errors.New("usage")

// run holds everything main would otherwise do, so tests can call it with
// their own arguments and output instead of starting a process.
func run(args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("greet", flag.ContinueOnError)
	fs.SetOutput(errOut) // where the flag package prints errors and usage
	name := fs.String("name", "world", "who to greet")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return nil // -h printed the usage: not a failure
	} else if err != nil {
		return errUsage // Parse printed the error and the usage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(errOut, "unexpected arguments %q\n", fs.Args())
		fs.Usage()
		return errUsage
	}
	msg, err := greeting.For(*name)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(out, msg)
	return err
}

// endregion main
