package report_test

import (
	"os"

	db "fieldguide.dev/examples/pitfalls/producer-side-interface"
	"fieldguide.dev/examples/pitfalls/producer-side-interface/report"
)

func ExampleWrite() {
	d := db.New()
	for _, u := range []*db.User{{ID: 2, Name: "Grace"}, {ID: 1, Name: "Ada"}} {
		if err := d.SaveUser(u); err != nil {
			panic(err)
		}
	}
	if err := report.Write(os.Stdout, d); err != nil { // *db.DB satisfies userLister
		panic(err)
	}
	// Output:
	// 1	Ada
	// 2	Grace
}
