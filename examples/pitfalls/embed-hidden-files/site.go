// Package site serves a front end built into site/, embedded in the binary
// with every file, including those whose names start with . or _.
package site

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
)

// region embed

//go:embed all:site
var files embed.FS // [!code highlight]

// Handler serves the embedded site/ directory at the root, for GET and HEAD.
func Handler() http.Handler {
	root, err := fs.Sub(files, "site")
	if err != nil {
		panic(err) // "site" is a valid path, so Sub cannot fail
	}
	mux := http.NewServeMux()
	mux.Handle("GET /", http.FileServerFS(noListings{root}))
	return mux
}

// endregion embed

// region listings

// noListings hides every directory that has no index.html, so the file
// server answers 404 instead of listing the directory's files.
type noListings struct{ fs.FS }

func (n noListings) Open(name string) (fs.File, error) {
	f, err := n.FS.Open(name)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil && info.IsDir() {
		_, err = fs.Stat(n.FS, path.Join(name, "index.html"))
	}
	if err != nil {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return f, nil
}

// endregion listings
