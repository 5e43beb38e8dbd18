package structembedding_test

import (
	"bytes"
	"testing"

	structembedding "fieldguide.dev/examples/patterns/struct-embedding"
)

// A missing half is refused when the ReadWriter is built, not when its
// first Write panics somewhere else.
func TestNewReadWriterRefusesAMissingHalf(t *testing.T) {
	for name, build := range map[string]func(){
		"nil reader": func() { structembedding.NewReadWriter(nil, &bytes.Buffer{}) },
		"nil writer": func() { structembedding.NewReadWriter(&bytes.Buffer{}, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("NewReadWriter accepted it")
				}
			}()
			build()
		})
	}
}
