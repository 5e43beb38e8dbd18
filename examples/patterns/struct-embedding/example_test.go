package structembedding_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	structembedding "fieldguide.dev/examples/patterns/struct-embedding"
)

// region example

func Example() {
	svc := structembedding.NewService("billing", os.Stdout)
	svc.Start()                   // Start calls the promoted Log
	svc.Log("ready")              // promoted: the same as svc.Logger.Log("ready")
	svc.Logger.Prefix = "billing" // the embedded value is still a named field
	svc.Log("renamed")

	var out bytes.Buffer
	var rw io.ReadWriter = structembedding.NewReadWriter(strings.NewReader("ping"), &out)
	b, err := io.ReadAll(rw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintf(rw, "%s-pong", b)
	fmt.Println(out.String())
	// Output:
	// [svc] starting billing
	// [svc] ready
	// [billing] renamed
	// ping-pong
}

// endregion example
