//go:build bad

// Command checksum prints the SHA-256 sum of each file named on its command
// line.
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
)

// region main

func main() {
	for _, path := range os.Args[1:] {
		go func() { // [!code highlight]
			sum, err := checksum(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, "checksum:", err)
				return
			}
			fmt.Printf("%s  %s\n", sum, path)
		}()
	}
}

// endregion main

func checksum(path string) (string, error) {
	f, err := os.Open(path)
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
