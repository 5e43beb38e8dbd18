// Package prices serves prices over HTTP; its tests start one server and
// run their cases against it in parallel.
package prices

import (
	"fmt"
	"net/http"
)

var cents = map[string]int{"apple": 45, "pear": 60, "plum": 30}

// Handler answers GET /price/{item} with the item's price in cents.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /price/{item}", func(w http.ResponseWriter, r *http.Request) {
		c, ok := cents[r.PathValue("item")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, c)
	})
	return mux
}
