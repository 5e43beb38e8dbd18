package r1_test

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"fieldguide.dev/examples/rubric/r1"
)

// region embed-example

func ExampleService() {
	log := &r1.Logger{Prefix: "SVC", Out: os.Stdout}
	svc := r1.Service{Logger: log, Name: "billing"}
	svc.Log("started") // promoted: svc.Logger.Log

	a := r1.Audited{Logger: log}
	a.Log("login")  // Audited.Log: shadows the promoted method
	a.Warn("retry") // promoted Logger.Warn calls Logger.Log, not Audited.Log
	// Output:
	// [SVC] started
	// [SVC] AUDIT login
	// [SVC] WARN retry
}

// endregion embed-example

var _ io.ReadWriter = (*r1.ReadWriter)(nil)

func TestReadWriter(t *testing.T) {
	var out bytes.Buffer
	rw := r1.NewReadWriter(strings.NewReader("ping"), &out)
	if _, err := io.Copy(rw, rw); err != nil {
		t.Fatal(err)
	}
	if out.String() != "ping" {
		t.Errorf("got %q", out.String())
	}
}
