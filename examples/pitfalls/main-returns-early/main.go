// Command checksum prints the SHA-256 sum of each file named on its command
// line, in the order given, hashing up to maxOpen files at once.
package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"sync"
)

// maxOpen bounds the files open at once: the soft limit on a process's file
// descriptors is often 1,024.
const maxOpen = 16

// open opens a file to read; tests replace it to count the files open at once.
var open = func(name string) (io.ReadCloser, error) { return os.Open(name) }

// region main

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run returns only when every file is done, so main exits after them.
func run(paths []string, stdout, stderr io.Writer) int {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "usage: checksum FILE...")
		return 2
	}
	sums := make([]string, len(paths))
	errs := make([]error, len(paths))
	limit := make(chan struct{}, maxOpen)
	var wg sync.WaitGroup
	for i, path := range paths {
		limit <- struct{}{}
		wg.Go(func() {
			defer func() { <-limit }()
			sums[i], errs[i] = checksum(path)
		})
	}
	wg.Wait() // [!code highlight]
	code := 0
	out := bufio.NewWriter(stdout)
	for i, path := range paths {
		if errs[i] != nil {
			fmt.Fprintln(stderr, "checksum:", errs[i])
			code = 1
			continue
		}
		fmt.Fprintf(out, "%s  %s\n", sums[i], path)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "checksum:", err)
		return 1
	}
	return code
}

// endregion main

func checksum(path string) (string, error) {
	f, err := open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}
