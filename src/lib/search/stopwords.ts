/**
 * Indonesian function words dropped from records and queries (plus a few English ones, since readers mix them).
 * Kept short on purpose: words that carry meaning in this domain ("sama" in "kerja sama", "bersama", "antar",
 * "cara", "langkah") are NOT here, or phrase synonyms such as "kerja sama daerah" would lose a word.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    "yang dan di ke dari dengan untuk pada dalam atau ini itu adalah ialah merupakan sebagai oleh juga akan telah " +
    "sudah sedang dapat bisa agar supaya karena sehingga jika bila apabila kalau maka tetapi namun serta bagi " +
    "tentang terhadap hingga setiap para pun lah kah nya yaitu yakni bahwa saat ketika lebih sangat hanya masih " +
    "belum tanpa seperti tersebut kami kita mereka anda ia dia saya apa siapa mana bagaimana mengapa kapan berapa " +
    "setelah sesudah sebelum selama sejak " +
    "ada tidak bukan jangan dll dsb pula lagi ya tak the of and a an in for to on is are with by"
  ).split(" "),
);
