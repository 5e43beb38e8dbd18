package functionaloptions_test

import (
	"fmt"
	"log"
	"os"
	"time"

	fo "fieldguide.dev/examples/patterns/functional-options"
)

func ExampleNewServer() {
	// Only what differs from the defaults is written out.
	srv := fo.NewServer(":8080",
		fo.WithTimeout(60*time.Second),
		fo.WithLogger(log.New(os.Stderr, "api ", log.LstdFlags)),
	)
	fmt.Println(srv.Addr())

	// Each generic option needs its type argument, since nothing in (10)
	// says what T is; NewPipeline then infers T from the options.
	p := fo.NewPipeline(fo.WithBufferSize[string](10), fo.WithWorkers[string](4))
	_ = p
	// Output: :8080
}
