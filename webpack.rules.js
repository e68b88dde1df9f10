/**
 * The module rules the Excel pane (webpack.config.js) and the WPS add-in (webpack.wps.config.js) share:
 * TypeScript through ts-loader then Babel, the libraries through Babel too (they ship newer syntax than
 * the oldest supported webview parses), images as files, CSS as text. Each config brings its own Babel
 * loader (its own targets).
 */
const path = require('path');

/** @param {(extra?: object) => object} babelLoader @param {string} root */
function moduleRules(babelLoader, root) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: [
        babelLoader(),
        {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(root, 'tsconfig.json'),
            // ES modules for tree shaking; the rest of tsconfig.json (strict, jsx) stays. Babel lowers the rest.
            compilerOptions: { module: 'esnext', moduleResolution: 'node', target: 'ES2020', sourceMap: true },
          },
        },
      ],
    },
    {
      test: /\.m?js$/,
      include: /node_modules/,
      exclude: /node_modules[\\/](core-js|@babel|webpack|regenerator-runtime)[\\/]/,
      use: babelLoader({ sourceType: 'unambiguous' }),
    },
    { test: /\.(png|svg)$/i, type: 'asset/resource', generator: { filename: 'assets/[name].[hash:8][ext]' } },
    { test: /\.css$/i, type: 'asset/source' },
  ];
}

module.exports = { moduleRules };
